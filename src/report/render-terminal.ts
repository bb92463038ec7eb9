import { Chalk, type ChalkInstance } from 'chalk';
import { messages } from '../i18n/messages.js';
import { safeData } from '../i18n/safe-text.js';
import type { Lang } from '../model/bilingual-text.js';
import type { Result } from '../model/result.js';
import { clauseText, coverageText, documentTitle, eligibilityTitle, indicatorLabel, stateText } from './describe-gap.js';
import { formatGain, formatPercent, formatPoints, formatScore, levelById, levelLabel } from './format.js';
import { describeFailReasons, describeGapPlan, describePath, describeTarget, planByDate } from './describe-result.js';
import { planText } from '../i18n/plan-text.js';
import { terminalTable } from './terminal-table.js';
import { wrapText } from './wrap-text.js';
import { evidenceText } from '../i18n/evidence-text.js';
import { EVIDENCE_CODES, evidenceProblems, evidenceSummary, evidenceUseLabel } from './describe-evidence.js';

export interface TerminalOptions {
  lang: Lang;
  /** 0 for plain text (NO_COLOR, a pipe, a CI log), up to 3 for full colour. */
  colorLevel: 0 | 1 | 2 | 3;
  /** The width to fold text to and keep tables within (the CLI gives 80 or COLUMNS for a pipe or a log). None: unfolded. */
  width?: number;
}

/** The score of one file, for a person at a terminal or reading a CI log. */
export function renderTerminal(unsafe: Result, options: TerminalOptions): string {
  const result = safeData(unsafe); // text from the files shown safely, before any colour is added
  const c = new Chalk({ level: options.colorLevel });
  const { lang } = options;
  const ui = messages(lang).ui;
  const out: string[] = [];

  out.push(c.bold(ui.title));
  out.push(...header(result, lang, c));
  out.push('');
  out.push(...scoreBlock(result, lang, c));
  out.push('');
  out.push(c.bold(ui.byClass));
  const tables = new Set<string>();
  const table = (drawn: string) => {
    tables.add(drawn);
    return drawn;
  };
  out.push(table(classTable(result, lang, c, options.width)));
  out.push('');
  out.push(...gapSection(result, lang, c, options.width, table));
  out.push(...pathSection(result, lang, c));
  out.push(...targetSection(result, lang, c));
  out.push(...planSection(result, lang, c));
  out.push(...unansweredSection(result, lang, c));
  out.push(...applicationSection(result, lang, c));
  out.push(...evidenceSection(result, lang, c));
  const width = options.width;
  // Text is folded to the width; the tables were drawn within it already.
  return (width ? out.map((entry) => (tables.has(entry) ? entry : wrapText(entry, width))) : out).join('\n') + '\n';
}

function header(result: Result, lang: Lang, c: ChalkInstance): string[] {
  const ui = messages(lang).ui;
  const lines = [
    `${ui.company}${ui.colon}${result.company.name}${ui.paren(ui.companyType[result.catalogue.companyType])}`,
    `${ui.catalogue}${ui.colon}${result.catalogue.title[lang]} · ${result.catalogue.id} v${result.catalogue.version} · sha256:${result.catalogue.contentHash.slice(0, 12)}`,
  ];
  if (result.catalogue.pointsAreDefaults) lines.push(c.dim(`  ${ui.notePrefix}${ui.pointsAreDefaults}`));
  lines.push(`  ${result.coverage.known && result.coverage.unchecked.length > 0 ? c.yellow(coverageText(result, lang)) : c.dim(coverageText(result, lang))}`);
  if (result.assessedOn) lines.push(`${ui.assessedOn}${ui.colon}${result.assessedOn}`);
  return lines;
}

function scoreBlock(result: Result, lang: Lang, c: ChalkInstance): string[] {
  const ui = messages(lang).ui;
  const level = levelById(result, result.level);
  const lines = [`${ui.score}${ui.colon}${c.bold(formatScore(result.score))} / 100`];
  if (result.unanswered.length > 0) lines.push(c.dim(`  ${ui.bestCase(formatScore(result.bestCaseScore))}`));
  const levelText = level ? c.yellow.bold(levelLabel(level, lang)) : c.red(ui.noLevel);
  lines.push(`${ui.level}${ui.colon}${result.failed ? c.red.bold(ui.failed) + ui.paren(level ? levelLabel(level, lang) : ui.noLevel) : levelText}`);
  for (const reason of describeFailReasons(result, lang)) lines.push(c.red(`  ✗ ${reason}`));
  if (result.specialDeductions.length > 0) lines.push(`${ui.specialDeductions}${ui.colon}−${result.specialDeductions.length}${ui.paren(ui.clauses(result.specialDeductions))}`);
  if (result.specialBonus) lines.push(`${ui.specialBonus}${ui.colon}+1${ui.paren(result.specialBonus)}`);
  if (result.firstCertificationNote) lines.push(c.cyan(`  ℹ ${ui.firstCertification}`));
  return lines;
}

function classTable(result: Result, lang: Lang, c: ChalkInstance, width: number | undefined): string {
  const ui = messages(lang).ui;
  const rows: string[][] = [];
  for (const klass of result.classes) {
    rows.push(
      [c.bold(klass.title[lang]), formatPoints(klass.earnedPoints), formatPoints(klass.applicablePoints), formatPercent(klass.percent, ui.notApplicable)].map((cell, i) =>
        i === 0 ? cell : c.bold(cell),
      ),
    );
    for (const item of klass.items) {
      rows.push([`  ${item.title[lang]}`, formatPoints(item.earnedPoints), formatPoints(item.applicablePoints), formatPercent(item.percent, ui.notApplicable)]);
    }
  }
  return terminalTable([`${ui.columns.class} / ${ui.columns.item}`, ui.columns.earned, ui.columns.possible, ui.columns.percent], rows, c, { width, flex: 0 });
}

function gapSection(result: Result, lang: Lang, c: ChalkInstance, width: number | undefined, table: (drawn: string) => string): string[] {
  const ui = messages(lang).ui;
  if (result.gaps.length === 0) return [c.green(ui.noGaps), ''];
  const indicators = new Map(result.indicators.map((indicator) => [indicator.id, indicator]));
  const rows = result.gaps.map((gap, index) => {
    if (gap.kind === 'indicator') {
      const state = stateText(indicators.get(gap.id), gap.state, lang);
      const clauses = clauseText(gap.clauses, lang);
      const plan = describeGapPlan(result, gap.id, lang)
        .map((line) => `\n${c.cyan(line)}`)
        .join('');
      return [
        String(index + 1),
        // The clause reference on a line of its own, as in the PDF: folded after the id, it split "条款" from its number.
        `${indicatorLabel(result, gap.id, lang)}\n${c.dim(gap.id)}${clauses ? `\n${c.dim(clauses)}` : ''}${plan}`,
        state,
        formatPoints(gap.lostPoints),
        c.green(formatGain(gap.gain)),
      ];
    }
    return [String(index + 1), ui.deductionGap(gap.text), '', '', c.green(formatGain(gap.gain))];
  });
  const drawn = table(terminalTable([ui.columns.rank, ui.columns.indicator, ui.columns.state, ui.columns.lost, ui.columns.gain], rows, c, { width, flex: 1 }));
  // With indicators not applicable the gain is the lost points rescaled; say so rather than leave 2.0 → +2.1 a puzzle.
  const rescaled = result.gaps.some((gap) => gap.kind === 'indicator' && gap.gain.compare(gap.lostPoints) !== 0);
  return [c.bold(ui.gapsTitle), drawn, ...(rescaled ? [c.dim(`${ui.notePrefix}${ui.gainNote(formatPoints(result.applicablePoints))}`)] : []), ''];
}

function pathSection(result: Result, lang: Lang, c: ChalkInstance): string[] {
  const path = describePath(result, lang);
  return [c.bold(path.title), ...path.lines.map((line) => `  ${line}`), ''];
}

function targetSection(result: Result, lang: Lang, c: ChalkInstance): string[] {
  const target = describeTarget(result, lang);
  if (!target) return [];
  return [c.bold(target.title), ...target.lines.map((line) => `  ${line}`), ''];
}

/** The plan in short: each item with its owner, date and status, overdue ones in red. */
function planSection(result: Result, lang: Lang, c: ChalkInstance): string[] {
  if (result.plan.length === 0) return [];
  const words = planText(lang);
  const ui = messages(lang).ui;
  const lines = [c.bold(words.planTitle(result.plan.length))];
  for (const item of planByDate(result.plan)) {
    const mark = item.status === 'done' ? c.green('✓') : item.overdue ? c.red('!') : '·';
    const when = [item.owner ?? words.noOwner, item.due ?? words.noDue, words.status[item.status]].join(' · ');
    const line = `  ${mark} ${indicatorLabel(result, item.id, lang)}${item.action ? `${ui.colon}${item.action}` : ''}${ui.paren(when)}`;
    lines.push(item.overdue ? c.red(`${line} ${words.overdue}`) : line);
  }
  const overdue = result.plan.filter((item) => item.overdue).length;
  if (overdue > 0) lines.push(c.red(`  ${words.overdueCount(overdue)}`));
  return [...lines, ''];
}

function unansweredSection(result: Result, lang: Lang, c: ChalkInstance): string[] {
  if (result.unanswered.length === 0) return [];
  const ui = messages(lang).ui;
  return [c.bold.yellow(ui.unansweredTitle(result.unanswered.length)), ...result.unanswered.map((id) => `  · ${indicatorLabel(result, id, lang)} ${c.dim(id)}`), ''];
}

function applicationSection(result: Result, lang: Lang, c: ChalkInstance): string[] {
  const ui = messages(lang).ui;
  const list = (ids: string[], title: (result: Result, id: string, lang: Lang) => string) => ui.list(ids.map((id) => title(result, id, lang)));
  const lines = result.profile ? [c.cyan(ui.profileLine(result.profile.title[lang], result.profile.example, result.profile.reference))] : [];
  lines.push(c.bold(ui.documentsTitle));
  if (result.documents.complete) lines.push(c.green(`  ✓ ${ui.documentsComplete}`));
  if (result.documents.missing.length) lines.push(c.red(`  ✗ ${ui.documentsMissing(list(result.documents.missing, documentTitle))}`));
  if (result.documents.unanswered.length) lines.push(c.yellow(`  ? ${ui.documentsUnanswered(list(result.documents.unanswered, documentTitle))}`));
  lines.push(c.bold(ui.eligibilityTitle));
  if (result.eligibility.failed.length) lines.push(c.red(`  ✗ ${ui.eligibilityFailed(list(result.eligibility.failed, eligibilityTitle))}`));
  if (result.eligibility.unanswered.length) lines.push(c.yellow(`  ? ${ui.eligibilityUnanswered(list(result.eligibility.unanswered, eligibilityTitle))}`));
  if (result.eligibility.failed.length === 0 && result.eligibility.unanswered.length === 0) lines.push(c.green(`  ✓ ${ui.eligibilityOk}`));
  return lines;
}

/** Evidence files that are missing or changed since recorded, each with its code; the rest counted. */
function evidenceSection(result: Result, lang: Lang, c: ChalkInstance): string[] {
  const status = result.evidence;
  if (!status || status.files.length === 0) return [];
  const words = evidenceText(lang);
  const ui = messages(lang).ui;
  const problems = evidenceProblems(status);
  const lines = [c.bold(words.title), `  ${problems.length ? c.yellow(evidenceSummary(status, lang)) : evidenceSummary(status, lang)}`];
  for (const file of problems) {
    const uses = ui.list(file.uses.map((use) => evidenceUseLabel(result, use, lang)));
    lines.push(`  ${c.red('✗')} ${file.path}${ui.paren(words.state[file.state])}${ui.colon}${uses} ${c.dim(EVIDENCE_CODES[file.state] ?? '')}`);
  }
  if (status.counts.unrecorded > 0) lines.push(c.dim(`  ${words.recordHint(result.file)}`));
  return lines;
}
