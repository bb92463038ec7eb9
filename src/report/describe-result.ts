import { messages } from '../i18n/messages.js';
import type { Lang } from '../model/bilingual-text.js';
import type { Result } from '../model/result.js';
import { eligibilityTitle, indicatorLabel } from './describe-gap.js';
import { SEARCH_STEPS } from '../scoring/path-to-next-level.js';
import { formatGain, formatPointsNeeded, formatScore, levelById, levelLabel } from './format.js';
import { planText } from '../i18n/plan-text.js';

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
          conditions: ui.list(reason.conditions.map((id) => eligibilityTitle(result, id, lang))),
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
  if (blockers.length > 0) lines.push(ui.pathBlocked(ui.list(blockers)));
  return { title, lines };
}

/** The distance to the target level as a title and lines; null when no target is set. */
export function describeTarget(result: Result, lang: Lang): { title: string; lines: string[] } | null {
  const path = result.pathToTarget;
  if (!path) return null;
  const ui = messages(lang).ui;
  const words = planText(lang);
  const target = levelById(result, path.target);
  const name = target ? levelLabel(target, lang) : path.target;
  const title = words.targetTitle(name, path.threshold);
  const lines: string[] = [];
  const lowest = result.levels[0];
  const firstRule = path.firstCertificationRule && lowest ? [words.firstCertificationRule(name, lowest.name[lang])] : [];
  if (path.reached) return { title, lines: [words.targetReached(name), ...firstRule] };
  const label = (id: string) => {
    if (id.startsWith('eligibility:')) return eligibilityTitle(result, id.slice('eligibility:'.length), lang);
    const gap = result.gaps.find((candidate) => candidate.id === id);
    if (!gap) return id;
    return gap.kind === 'indicator' ? `${indicatorLabel(result, gap.id, lang)}${ui.paren(gap.id)}` : ui.deductionGap(gap.text);
  };
  if (path.clearFirst.length > 0) lines.push(words.clearFirst, ...path.clearFirst.map((id) => `· ${label(id)}`));
  const gaps = path.gaps.map((id) => result.gaps.find((gap) => gap.id === id)!).filter(Boolean);
  if (gaps.length === 0 && path.blockedBy.length > 0) {
    if (path.clearFirst.length === 0) lines.push(words.targetBlockedOnly, ...path.blockedBy.map((id) => `· ${label(id)}`));
  } else if (gaps.length === 0 && !path.reachable) {
    lines.push(words.targetUnreachable);
  } else {
    lines.push(words.targetShort(formatPointsNeeded(path.pointsNeeded), gaps.length, formatScore(path.scoreAfter)));
    for (const gap of gaps) lines.push(`· ${label(gap.id)} ${formatGain(gap.gain)}`);
  }
  lines.push(...firstRule);
  return { title, lines };
}

/** The company's own note and planned action for a gap, as short lines; none when it has neither. */
export function describeGapPlan(result: Result, id: string, lang: Lang): string[] {
  const ui = messages(lang).ui;
  const words = planText(lang);
  const lines: string[] = [];
  const note = result.indicators.find((indicator) => indicator.id === id)?.note;
  if (note) lines.push(`${words.note}${ui.colon}${note}`);
  const item = result.plan.find((entry) => entry.id === id);
  if (item) {
    const who = [item.owner ?? words.noOwner, item.due ?? words.noDue, words.status[item.status], ...(item.overdue ? [words.overdue] : [])].join(' · ');
    lines.push(`${words.action}${ui.colon}${item.action ?? ''}${ui.paren(who)}`.trim());
    // Labelled as the plan's, so it is not read as the company's note on the line above.
    if (item.note) lines.push(`${words.planNote}${ui.colon}${item.note}`);
  }
  return lines;
}

/** Plan items by due date, undated last; equal dates keep catalogue order. */
export function planByDate<T extends { due: string | null }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
}
