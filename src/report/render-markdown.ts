import { messages } from '../i18n/messages.js';
import type { Lang } from '../model/bilingual-text.js';
import type { Result } from '../model/result.js';
import { documentTitle, eligibilityTitle, indicatorLabel } from './describe-gap.js';
import { describeFailReasons, describePath } from './describe-result.js';
import { formatGain, formatPercent, formatPoints, formatScore, levelById, levelLabel } from './format.js';

/** GitHub-flavoured Markdown for a pull-request comment or a CI job summary. */
export function renderMarkdown(result: Result, lang: Lang): string {
  const ui = messages(lang).ui;
  const level = levelById(result, result.level);
  const out: string[] = [];
  out.push(`## ${ui.title}${ui.colon}${escapeMarkdown(result.company.name)}`, '');
  out.push(`| | |`, `|---|---|`);
  out.push(`| ${ui.score} | **${formatScore(result.score)}** / 100 |`);
  if (result.unanswered.length > 0) out.push(`| | ${escapeMarkdown(ui.bestCase(formatScore(result.bestCaseScore)))} |`);
  const levelText = level ? levelLabel(level, lang) : ui.noLevel;
  out.push(`| ${ui.level} | ${result.failed ? `**${ui.failed}**${ui.paren(levelText)}` : `**${levelText}**`} |`);
  out.push(`| ${ui.catalogue} | ${escapeMarkdown(result.catalogue.title[lang])} · \`${result.catalogue.id}\` v${result.catalogue.version} |`);
  if (result.assessedOn) out.push(`| ${ui.assessedOn} | ${result.assessedOn} |`);
  if (result.specialDeductions.length > 0) out.push(`| ${ui.specialDeductions} | −${result.specialDeductions.length}${escapeMarkdown(ui.paren(result.specialDeductions.join(lang === 'zh' ? '；' : '; ')))} |`);
  if (result.specialBonus) out.push(`| ${ui.specialBonus} | +1${escapeMarkdown(ui.paren(result.specialBonus))} |`);
  out.push('');
  for (const reason of describeFailReasons(result, lang)) out.push(`> ✗ ${escapeMarkdown(reason)}`);
  if (result.firstCertificationNote) out.push(`> ℹ ${ui.firstCertification}`);
  if (out.at(-1) !== '') out.push('');
  if (result.catalogue.pointsAreDefaults) out.push(`<sub>* ${ui.pointsAreDefaults}</sub>`, '');

  out.push(`### ${ui.byClass}`, '');
  out.push(`| ${ui.columns.class} / ${ui.columns.item} | ${ui.columns.earned} | ${ui.columns.possible} | ${ui.columns.percent} |`, '|---|--:|--:|--:|');
  for (const klass of result.classes) {
    out.push(`| **${escapeMarkdown(klass.title[lang])}** | **${formatPoints(klass.earnedPoints)}** | **${formatPoints(klass.applicablePoints)}** | **${formatPercent(klass.percent, ui.notApplicable)}** |`);
    for (const item of klass.items) {
      out.push(`| ${escapeMarkdown(item.title[lang])} | ${formatPoints(item.earnedPoints)} | ${formatPoints(item.applicablePoints)} | ${formatPercent(item.percent, ui.notApplicable)} |`);
    }
  }
  out.push('');

  out.push(`### ${ui.gapsTitle}`, '');
  if (result.gaps.length === 0) out.push(ui.noGaps);
  else {
    out.push(`| ${ui.columns.rank} | ${ui.columns.indicator} | ${ui.columns.state} | ${ui.columns.gain} |`, '|--:|---|---|--:|');
    result.gaps.forEach((gap, index) => {
      const label = gap.kind === 'indicator' ? `${escapeMarkdown(indicatorLabel(result, gap.id, lang))} \`${gap.id}\`` : escapeMarkdown(ui.deductionGap(gap.text));
      const state = gap.kind === 'indicator' ? ui.state[gap.state] : '';
      out.push(`| ${index + 1} | ${label} | ${state} | ${formatGain(gap.gain)} |`);
    });
  }
  out.push('');

  const path = describePath(result, lang);
  out.push(`### ${escapeMarkdown(path.title)}`, '', ...path.lines.map((line) => escapeMarkdown(line)), '');

  if (result.unanswered.length > 0) {
    out.push(`### ${ui.unansweredTitle(result.unanswered.length)}`, '');
    for (const id of result.unanswered) out.push(`- ${escapeMarkdown(indicatorLabel(result, id, lang))} \`${id}\``);
    out.push('');
  }
  out.push(`### ${ui.documentsTitle}`, '');
  if (result.profile) out.push(`> ${escapeMarkdown(ui.profileLine(result.profile.title[lang], result.profile.example, result.profile.reference))}`, '');
  if (result.documents.complete) out.push(`✓ ${ui.documentsComplete}`);
  const join = (ids: string[], title: (r: Result, id: string, l: Lang) => string) => ids.map((id) => escapeMarkdown(title(result, id, lang))).join(lang === 'zh' ? '、' : '; ');
  if (result.documents.missing.length) out.push(`- ✗ ${ui.documentsMissing(join(result.documents.missing, documentTitle))}`);
  if (result.documents.unanswered.length) out.push(`- ? ${ui.documentsUnanswered(join(result.documents.unanswered, documentTitle))}`);
  out.push('', `### ${ui.eligibilityTitle}`, '');
  if (result.eligibility.failed.length) out.push(`- ✗ ${ui.eligibilityFailed(join(result.eligibility.failed, eligibilityTitle))}`);
  if (result.eligibility.unanswered.length) out.push(`- ? ${ui.eligibilityUnanswered(join(result.eligibility.unanswered, eligibilityTitle))}`);
  if (result.eligibility.passed && result.eligibility.unanswered.length === 0) out.push(`✓ ${ui.eligibilityOk}`);
  return out.join('\n') + '\n';
}

/** Text from users' files must not break the table or inject markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/\r?\n/g, ' ');
}
