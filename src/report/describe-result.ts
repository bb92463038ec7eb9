import { messages } from '../i18n/messages.js';
import type { Lang } from '../model/bilingual-text.js';
import type { Result } from '../model/result.js';
import { eligibilityTitle, indicatorLabel } from './describe-gap.js';
import { SEARCH_STEPS } from '../scoring/path-to-next-level.js';
import { formatGain, formatScore, levelById, levelLabel } from './format.js';

/** The fail reasons in words, shared by the text renderers. */
export function describeFailReasons(result: Result, lang: Lang): string[] {
  const ui = messages(lang).ui;
  return result.failReasons.map((reason) => {
    switch (reason.code) {
      case 'below-min-score':
        return ui.failReason['below-min-score'](reason);
      case 'too-many-special-deductions':
        return ui.failReason['too-many-special-deductions'](reason);
      case 'eligibility':
        return ui.failReason.eligibility({
          conditions: reason.conditions.map((id) => eligibilityTitle(result, id, lang)).join(lang === 'zh' ? '、' : '; '),
        });
    }
  });
}

/** The path to the next level as a title and lines of text; at the top level, a title alone. */
export function describePath(result: Result, lang: Lang): { title: string; lines: string[] } {
  const ui = messages(lang).ui;
  const path = result.pathToNextLevel;
  if (!path) return { title: ui.topLevel, lines: [] };
  const target = levelById(result, path.target);
  const name = target ? levelLabel(target, lang) : path.target;
  const title = result.failed ? ui.pathTitleCertify(name, path.threshold) : ui.pathTitle(name, path.threshold);
  const byId = new Map(result.gaps.map((gap) => [gap.id, gap]));
  const gaps = path.gaps.map((id) => byId.get(id)!).filter(Boolean);
  const blockers = path.blockedBy.map((id) => eligibilityTitle(result, id.replace(/^eligibility:/, ''), lang));
  const lines: string[] = [];
  if (gaps.length === 0 && blockers.length > 0) {
    lines.push(ui.pathAlready, ...blockers.map((blocker) => `· ${blocker}`));
    return { title, lines };
  }
  if (gaps.length === 0 && !path.reachable) return { title, lines: [ui.pathUnreachable] };
  lines.push(ui.pathSteps(gaps.length, formatScore(path.scoreAfter)));
  for (const gap of gaps) {
    const label = gap.kind === 'indicator' ? `${indicatorLabel(result, gap.id, lang)}${ui.paren(gap.id)}` : ui.deductionGap(gap.text);
    lines.push(`· ${label} ${formatGain(gap.gain)}`);
  }
  if (!path.leastTotalExact) lines.push(ui.pathNotLeastTotal(SEARCH_STEPS.toLocaleString('en-US')));
  if (blockers.length > 0) lines.push(ui.pathBlocked(blockers.join(lang === 'zh' ? '、' : '; ')));
  return { title, lines };
}
