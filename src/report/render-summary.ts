import { Chalk } from 'chalk';
import { portfolioText } from '../i18n/portfolio-text.js';
import type { Lang } from '../model/bilingual-text.js';
import { csvText } from './csv-field.js';
import type { PortfolioRow } from './portfolio-row.js';
import { escapeMarkdown } from './render-markdown.js';
import { terminalTable } from './terminal-table.js';

export const SUMMARY_COLUMNS = ['file', 'company', 'type', 'score', 'level', 'target', 'gapsToTarget', 'missingDocuments', 'overduePlanItems', 'auditDate'] as const;

/** A row's cells as words, the same in every format; numbers stay numbers for csv and xlsx. */
export function summaryCells(row: PortfolioRow, lang: Lang): Array<string | number | null> {
  const words = portfolioText(lang);
  if (!row.valid) return [row.file, words.summaryInvalid, null, null, null, null, null, null, null, null];
  const level = row.level ? row.level[lang] : words.summaryNoLevel;
  const gaps = row.target === null ? null : row.gapsToTarget === 0 ? words.summaryReached : row.gapsToTarget === null ? words.summaryUnreachable : row.gapsToTarget;
  return [
    row.file,
    row.company,
    row.companyType ? words.companyType[row.companyType] : null,
    row.score === null ? null : Number(row.score),
    row.failed ? words.summaryFailed(level) : level,
    row.target ? row.target[lang] : null,
    gaps,
    row.missingDocuments,
    row.overduePlanItems,
    row.auditDate,
  ];
}

export function summaryHeader(lang: Lang): string[] {
  const columns = portfolioText(lang).summaryColumns;
  return SUMMARY_COLUMNS.map((key) => columns[key]);
}

/** Text from files shown on a terminal: control characters would move the cursor or recolour the screen. */
const visible = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');

export function renderSummaryTerminal(rows: PortfolioRow[], lang: Lang, colorLevel: 0 | 1 | 2 | 3): string {
  const c = new Chalk({ level: colorLevel });
  const body = rows.map((row) => {
    const cells = summaryCells(row, lang).map((cell) => (cell === null ? '' : visible(String(cell))));
    if (!row.valid || row.failed) cells[4] = c.red(cells[4]!);
    if (row.overduePlanItems > 0) cells[8] = c.yellow(cells[8]!);
    return cells;
  });
  return `${terminalTable(summaryHeader(lang), body, c)}\n${c.dim(portfolioText(lang).summaryNote)}\n`;
}

export function renderSummaryMarkdown(rows: PortfolioRow[], lang: Lang): string {
  const words = portfolioText(lang);
  const line = (cells: Array<string | number | null>) => `| ${cells.map((cell) => (cell === null ? '' : escapeMarkdown(String(cell)))).join(' | ')} |`;
  return [
    `## ${words.summaryTitle}`,
    '',
    line(summaryHeader(lang)),
    `|${SUMMARY_COLUMNS.map((key) => (['score', 'gapsToTarget', 'missingDocuments', 'overduePlanItems'].includes(key) ? '--:' : '---')).join('|')}|`,
    ...rows.map((row) => line(summaryCells(row, lang))),
    '',
    `<sub>${escapeMarkdown(words.summaryNote)}</sub>`,
    '',
  ].join('\n');
}

export function renderSummaryCsv(rows: PortfolioRow[], lang: Lang): string {
  return csvText([summaryHeader(lang), ...rows.map((row) => summaryCells(row, lang))]);
}
