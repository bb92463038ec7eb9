import { messages } from '../i18n/messages.js';
import { safeData } from '../i18n/safe-text.js';
import type { Lang } from '../model/bilingual-text.js';
import type { Result } from '../model/result.js';
import { clauseText, coverageText, documentTitle, eligibilityTitle, indicatorLabel, stateText } from './describe-gap.js';
import { describeFailReasons, describeGapPlan, describePath, describeTarget, planByDate } from './describe-result.js';
import { planText } from '../i18n/plan-text.js';
import { evidenceText } from '../i18n/evidence-text.js';
import { EVIDENCE_CODES, evidenceProblems, evidenceSummary, evidenceUseLabel } from './describe-evidence.js';
import { formatGain, formatPercent, formatPoints, formatScore, levelById, levelLabel } from './format.js';

/** GitHub-flavoured Markdown for a pull-request comment or a CI job summary. */
export function renderMarkdown(unsafe: Result, lang: Lang): string {
  const result = safeData(unsafe); // control characters of the files as visible escapes, then Markdown's own escaping
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
  if (result.specialDeductions.length > 0) out.push(`| ${ui.specialDeductions} | −${result.specialDeductions.length}${escapeMarkdown(ui.paren(ui.clauses(result.specialDeductions)))} |`);
  if (result.specialBonus) out.push(`| ${ui.specialBonus} | +1${escapeMarkdown(ui.paren(result.specialBonus))} |`);
  out.push('');
  for (const reason of describeFailReasons(result, lang)) out.push(`> ✗ ${escapeMarkdown(reason)}`);
  if (result.firstCertificationNote) out.push(`> ℹ ${ui.firstCertification}`);
  if (out.at(-1) !== '') out.push('');
  if (result.catalogue.pointsAreDefaults) out.push(`<sub>* ${ui.pointsAreDefaults}</sub>`, '');
  out.push(`> ${escapeMarkdown(coverageText(result, lang))}`, '');

  out.push(`### ${ui.byClass}`, '');
  out.push(`| ${ui.columns.class} / ${ui.columns.item} | ${ui.columns.earned} | ${ui.columns.possible} | ${ui.columns.percent} |`, '|---|--:|--:|--:|');
  for (const klass of result.classes) {
    out.push(
      `| **${escapeMarkdown(klass.title[lang])}** | **${formatPoints(klass.earnedPoints)}** | **${formatPoints(klass.applicablePoints)}** | **${formatPercent(klass.percent, ui.notApplicable)}** |`,
    );
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
      const clauses = gap.kind === 'indicator' ? clauseText(gap.clauses, lang) : '';
      const label = gap.kind === 'indicator' ? `${escapeMarkdown(indicatorLabel(result, gap.id, lang))} \`${gap.id}\`${clauses ? ` · ${clauses}` : ''}` : escapeMarkdown(ui.deductionGap(gap.text));
      const state =
        gap.kind === 'indicator'
          ? escapeMarkdown(
              stateText(
                result.indicators.find((candidate) => candidate.id === gap.id),
                gap.state,
                lang,
              ),
            )
          : '';
      const plan =
        gap.kind === 'indicator'
          ? describeGapPlan(result, gap.id, lang)
              .map((line) => `<br>${escapeMarkdown(line)}`)
              .join('')
          : '';
      out.push(`| ${index + 1} | ${label}${plan} | ${state} | ${formatGain(gap.gain)} |`);
    });
  }
  out.push('');

  const path = describePath(result, lang);
  out.push(`### ${escapeMarkdown(path.title)}`, '', ...path.lines.map((line) => escapeMarkdown(line)), '');
  const target = describeTarget(result, lang);
  if (target) out.push(`### ${escapeMarkdown(target.title)}`, '', ...markdownBlocks(target.lines));
  if (result.plan.length > 0) {
    const words = planText(lang);
    out.push(`### ${words.planTitle(result.plan.length)}`, '');
    out.push(`| ${words.columns.due} | ${words.columns.indicator} | ${words.columns.action} | ${words.columns.owner} | ${words.columns.status} |`, '|---|---|---|---|---|');
    for (const item of planByDate(result.plan)) {
      const status = item.overdue ? `**${words.status[item.status]} · ${words.overdue}**` : words.status[item.status];
      const action = [item.action, item.note ? `${words.note}${ui.colon}${item.note}` : null]
        .filter(Boolean)
        .map((text) => escapeMarkdown(text!))
        .join('<br>');
      out.push(`| ${item.due ?? ''} | ${escapeMarkdown(indicatorLabel(result, item.id, lang))} \`${item.id}\` | ${action} | ${escapeMarkdown(item.owner ?? '')} | ${status} |`);
    }
    out.push('');
  }

  if (result.unanswered.length > 0) {
    out.push(`### ${ui.unansweredTitle(result.unanswered.length)}`, '');
    for (const id of result.unanswered) out.push(`- ${escapeMarkdown(indicatorLabel(result, id, lang))} \`${id}\``);
    out.push('');
  }
  out.push(`### ${ui.documentsTitle}`, '');
  if (result.profile) out.push(`> ${escapeMarkdown(ui.profileLine(result.profile.title[lang], result.profile.example, result.profile.reference))}`, '');
  if (result.documents.complete) out.push(`✓ ${ui.documentsComplete}`);
  const join = (ids: string[], title: (r: Result, id: string, l: Lang) => string) => ui.list(ids.map((id) => escapeMarkdown(title(result, id, lang))));
  if (result.documents.missing.length) out.push(`- ✗ ${ui.documentsMissing(join(result.documents.missing, documentTitle))}`);
  if (result.documents.unanswered.length) out.push(`- ? ${ui.documentsUnanswered(join(result.documents.unanswered, documentTitle))}`);
  out.push('', `### ${ui.eligibilityTitle}`, '');
  if (result.eligibility.failed.length) out.push(`- ✗ ${ui.eligibilityFailed(join(result.eligibility.failed, eligibilityTitle))}`);
  if (result.eligibility.unanswered.length) out.push(`- ? ${ui.eligibilityUnanswered(join(result.eligibility.unanswered, eligibilityTitle))}`);
  if (result.eligibility.passed && result.eligibility.unanswered.length === 0) out.push(`✓ ${ui.eligibilityOk}`);
  out.push(...evidenceMarkdown(result, lang));
  return out.join('\n') + '\n';
}

/** Evidence that is missing or changed since recorded, each with its code; the others counted. */
function evidenceMarkdown(result: Result, lang: Lang): string[] {
  const status = result.evidence;
  if (!status || status.files.length === 0) return [];
  const words = evidenceText(lang);
  const ui = messages(lang).ui;
  const out = ['', `### ${words.title}`, '', escapeMarkdown(evidenceSummary(status, lang)), ''];
  for (const file of evidenceProblems(status)) {
    const uses = ui.list(file.uses.map((use) => escapeMarkdown(evidenceUseLabel(result, use, lang))));
    out.push(`- ✗ \`${file.path.replace(/`/g, "'")}\`${ui.paren(words.state[file.state])}${ui.colon}${uses} \`${EVIDENCE_CODES[file.state] ?? ''}\``);
  }
  if (status.counts.unrecorded > 0) out.push('', `> ${escapeMarkdown(words.recordHint(result.file))}`);
  return out;
}

/** Lines of a described section as Markdown: "· " lines become a list, others paragraphs of their own. */
function markdownBlocks(lines: readonly string[]): string[] {
  const out: string[] = [];
  lines.forEach((line, index) => {
    const item = line.startsWith('· ');
    out.push(item ? `- ${escapeMarkdown(line.slice(2))}` : escapeMarkdown(line));
    const nextIsItem = lines[index + 1]?.startsWith('· ') ?? false;
    if (!item || !nextIsItem) out.push('');
  });
  return out;
}

/** Text from users' files must not break the table or inject markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/\r?\n/g, ' ');
}
