import { Chalk } from 'chalk';
import type { Comparison, IndicatorChange } from '../compare/compare-results.js';
import { compareText } from '../i18n/compare-text.js';
import { planText } from '../i18n/plan-text.js';
import { messages } from '../i18n/messages.js';
import { safeData } from '../i18n/safe-text.js';
import type { Lang } from '../model/bilingual-text.js';
import { Rational } from '../model/rational.js';
import type { LevelInfo, Result } from '../model/result.js';
import { formatScore, levelLabel } from './format.js';
import { escapeMarkdown } from './render-markdown.js';
import { terminalTable } from './terminal-table.js';

/** The lines both text renderers share: what changed, in words, with every figure from the comparison. */
export function describeRegressions(unsafeComparison: Comparison, before: Result, after: Result, lang: Lang): string[] {
  const comparison = safeData(unsafeComparison);
  const text = compareText(lang);
  return comparison.regressions.map((regression) => {
    switch (regression.code) {
      case 'score-down':
        return text.regression['score-down'](formatScore(comparison.before.score), formatScore(comparison.after.score));
      case 'level-down':
        return text.regression['level-down'](levelText(before, comparison.before.failed, lang), levelText(after, comparison.after.failed, lang));
      case 'indicator-no-longer-met':
        return text.regression['indicator-no-longer-met'](`${titleOf(comparison, regression.id!, lang)}${messages(lang).ui.paren(regression.id!)}`);
    }
  });
}

export function renderComparisonTerminal(unsafeComparison: Comparison, unsafeBefore: Result, unsafeAfter: Result, lang: Lang, colorLevel: 0 | 1 | 2 | 3): string {
  const [comparison, before, after] = safeData([unsafeComparison, unsafeBefore, unsafeAfter] as const);
  const c = new Chalk({ level: colorLevel });
  const text = compareText(lang);
  const ui = messages(lang).ui;
  const out = [
    c.bold(text.title),
    `${text.before}${ui.colon}${comparison.before.file}${comparison.before.assessedOn ? ui.paren(comparison.before.assessedOn) : ''}`,
    `${text.after}${ui.colon}${comparison.after.file}${comparison.after.assessedOn ? ui.paren(comparison.after.assessedOn) : ''}`,
    '',
  ];
  if (comparison.before.catalogue.contentHash !== comparison.after.catalogue.contentHash) out.push(c.yellow(text.catalogueChanged), '');
  const delta = comparison.scoreDelta;
  out.push(`${text.score}${ui.colon}${formatScore(comparison.before.score)} → ${c.bold(formatScore(comparison.after.score))}${ui.paren(signed(delta, 1))}`);
  out.push(`${text.level}${ui.colon}${levelText(before, comparison.before.failed, lang)} → ${c.bold(levelText(after, comparison.after.failed, lang))}`, '');
  if (comparison.changed.length === 0) out.push(text.noChanges);
  else {
    out.push(c.bold(text.changedTitle(comparison.changed.length)));
    const rows = comparison.changed.map((change) => {
      const points = signed(change.pointsDelta, 1);
      return [`${change.title[lang]}\n${c.dim(change.id)}`, stateText(change.before, lang), stateText(change.after, lang), change.pointsDelta.sign() < 0 ? c.red(points) : c.green(points)];
    });
    out.push(terminalTable([text.columns.indicator, text.columns.before, text.columns.after, text.columns.points], rows, c));
  }
  out.push('', ...lists(comparison, before, after, lang).map(([title, items]) => `${c.bold(title)}${ui.colon}${items}`));
  out.push('', c.bold(text.regressionsTitle));
  const regressions = describeRegressions(comparison, before, after, lang);
  if (regressions.length === 0) out.push(c.green(`  ✓ ${text.noRegressions}`));
  for (const line of regressions) out.push(c.red(`  ✗ ${line}`));
  return out.join('\n') + '\n';
}

export function renderComparisonMarkdown(unsafeComparison: Comparison, unsafeBefore: Result, unsafeAfter: Result, lang: Lang): string {
  const [comparison, before, after] = safeData([unsafeComparison, unsafeBefore, unsafeAfter] as const);
  const text = compareText(lang);
  const ui = messages(lang).ui;
  const out = [`## ${text.title}`, '', `| | ${text.before} | ${text.after} |`, '|---|---|---|'];
  out.push(`| ${text.score} | ${formatScore(comparison.before.score)} | **${formatScore(comparison.after.score)}** |`);
  out.push(`| ${text.level} | ${levelText(before, comparison.before.failed, lang)} | **${levelText(after, comparison.after.failed, lang)}** |`, '');
  if (comparison.before.catalogue.contentHash !== comparison.after.catalogue.contentHash) out.push(`> ${text.catalogueChanged}`, '');
  out.push(`### ${comparison.changed.length === 0 ? text.noChanges : text.changedTitle(comparison.changed.length)}`, '');
  if (comparison.changed.length > 0) {
    out.push(`| ${text.columns.indicator} | ${text.columns.before} | ${text.columns.after} | ${text.columns.points} |`, '|---|---|---|--:|');
    for (const change of comparison.changed)
      out.push(`| ${escapeMarkdown(change.title[lang])} \`${change.id}\` | ${stateText(change.before, lang)} | ${stateText(change.after, lang)} | ${signed(change.pointsDelta, 1)} |`);
    out.push('');
  }
  for (const [title, items] of lists(comparison, before, after, lang)) out.push(`- **${title}**${ui.colon}${escapeMarkdown(items)}`);
  out.push('', `### ${text.regressionsTitle}`, '');
  const regressions = describeRegressions(comparison, before, after, lang);
  out.push(...(regressions.length === 0 ? [`✓ ${text.noRegressions}`] : regressions.map((line) => `- ✗ ${escapeMarkdown(line)}`)));
  return out.join('\n') + '\n';
}

/** "+2.1", "−0.9", "±0": a change, its sign always shown, to one decimal as every figure, and never rounded away to nothing. */
function signed(value: Rational, digits: number): string {
  if (value.isZero()) return '±0';
  const magnitude = value.sign() < 0 ? Rational.ZERO.sub(value) : value;
  let text = magnitude.toFixedRounded(digits);
  if (Number(text) === 0) text = `<${(1 / 10 ** digits).toFixed(digits)}`;
  return `${value.sign() < 0 ? '−' : '+'}${text}`;
}

function lists(comparison: Comparison, before: Result, after: Result, lang: Lang): Array<[string, string]> {
  const text = compareText(lang);
  const ui = messages(lang).ui;
  const afterIndicators = new Map(after.indicators.map((indicator) => [indicator.id, indicator]));
  const beforeIndicators = new Map(before.indicators.map((indicator) => [indicator.id, indicator]));
  const name = (id: string) => {
    if (id.startsWith('special-deduction:')) return ui.deductionGap(id.slice('special-deduction:'.length));
    const indicator = afterIndicators.get(id) ?? beforeIndicators.get(id);
    return indicator ? `${indicator.title[lang]}${ui.paren(id)}` : id;
  };
  const join = (ids: string[]) => (ids.length === 0 ? '—' : ui.list(ids.map(name)));
  const documentTitle = (id: string) => after.documents.entries.find((entry) => entry.id === id)?.title[lang] ?? id;
  return [
    [text.gapsClosed, join(comparison.gapsClosed)],
    [text.gapsOpened, join(comparison.gapsOpened)],
    [text.documentsNowReady, comparison.documentsNowReady.length ? ui.list(comparison.documentsNowReady.map(documentTitle)) : '—'],
    [text.documentsNoLongerReady, comparison.documentsNoLongerReady.length ? ui.list(comparison.documentsNoLongerReady.map(documentTitle)) : '—'],
    ...planLists(comparison, name, lang),
  ];
}

/** Actions completed and slipped, shown only when either file has a plan. */
function planLists(comparison: Comparison, name: (id: string) => string, lang: Lang): Array<[string, string]> {
  if (comparison.actionsCompleted.length === 0 && comparison.actionsSlipped.length === 0) return [];
  const words = planText(lang);
  const ui = messages(lang).ui;
  const slip = (entry: Comparison['actionsSlipped'][number]) => {
    const why = [
      ...(entry.dueBefore !== null && entry.dueAfter !== null && entry.dueAfter > entry.dueBefore ? [words.diffSlip(entry.dueBefore, entry.dueAfter)] : []),
      ...(entry.overdue ? [words.diffNowOverdue] : []),
    ];
    return `${name(entry.id)}${ui.paren(why.join(words.listComma))}`;
  };
  return [
    [words.diffCompleted, comparison.actionsCompleted.length ? ui.list(comparison.actionsCompleted.map(name)) : '—'],
    [words.diffSlipped, comparison.actionsSlipped.length ? ui.list(comparison.actionsSlipped.map(slip)) : '—'],
  ];
}

function stateText(side: IndicatorChange['before'], lang: Lang): string {
  if (!side) return compareText(lang).absent;
  const state = messages(lang).ui.state[side.state];
  return side.samples && side.state !== 'not_applicable' ? `${state} ${side.samples.conforming}/${side.samples.total}` : state;
}

/** As `score` writes it: the level, or FAIL with the level the score reaches. */
function levelText(result: Result, failed: boolean, lang: Lang): string {
  const text = compareText(lang);
  const level: LevelInfo | undefined = result.levels.find((candidate) => candidate.id === result.level);
  const name = level ? levelLabel(level, lang) : text.none;
  return failed ? `${text.failed}${messages(lang).ui.paren(name)}` : name;
}

function titleOf(comparison: Comparison, id: string, lang: Lang): string {
  return comparison.changed.find((change) => change.id === id)?.title[lang] ?? id;
}
