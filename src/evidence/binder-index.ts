import { QUICK_ZIP, Workbook } from '../spreadsheet/excel-workbook.js';
import { evidenceText } from '../i18n/evidence-text.js';
import { messages } from '../i18n/messages.js';
import { reportText } from '../i18n/report-text.js';
import type { Lang } from '../model/bilingual-text.js';
import type { Result } from '../model/result.js';
import { evidenceUseLabel } from '../report/describe-evidence.js';
import { escapeMarkdown } from '../report/render-markdown.js';
import { displayWidth } from '../display-width.js';
import type { BinderEntry, BinderSection } from './binder-layout.js';

/** One evidence path in one section, with what was copied for it (a folder gives several files). */
export interface BinderRow {
  section: BinderSection;
  entry: BinderEntry;
  copied: { relative: string; sha256: string; modified: Date }[];
}

export function binderIndexNames(lang: Lang): { markdown: string; xlsx: string } {
  const name = `00-${evidenceText(lang).binderSheet}`;
  return { markdown: `${name}.md`, xlsx: `${name}.xlsx` };
}

interface IndexOptions {
  assessmentFile: string;
  lang: Lang;
  today: string;
}

/** The state shown for a copied file: as recorded, changed since, or never recorded; missing when not copied. */
function stateOf(row: BinderRow, lang: Lang): string {
  const words = evidenceText(lang);
  const state = row.entry.evidence.state;
  return row.copied.length === 0 && state !== 'link' && state !== 'outside' ? words.binderMissing : words.state[state];
}

function usesOf(result: Result, row: BinderRow, lang: Lang): string {
  return messages(lang).ui.list(row.entry.uses.map((use) => evidenceUseLabel(result, use, lang)));
}

/** The index a person opens first: each section in the list's order, each file linked, with its sha256. */
export function binderIndexMarkdown(result: Result, sections: readonly BinderSection[], rows: readonly BinderRow[], options: IndexOptions): string {
  const { lang } = options;
  const words = evidenceText(lang);
  const text = reportText(lang);
  const ui = messages(lang).ui;
  const out = [`# ${escapeMarkdown(words.binderIndexTitle(result.company.name))}`, '', escapeMarkdown(words.binderIndexIntro(options.assessmentFile, options.today)), ''];
  for (const section of sections) {
    const status = section.status ? ui.paren(text.docStatus[section.status as keyof typeof text.docStatus] ?? section.status) : '';
    out.push(`## ${section.folder}${status}`, '');
    const inSection = rows.filter((row) => row.section === section);
    if (inSection.length === 0) {
      out.push(`${ui.paren(words.binderNotCopied).trim()}`, '');
      continue;
    }
    out.push(`| ${words.columns.file} | ${words.columns.evidences} | ${words.columns.sha256} | ${words.columns.modified} | ${words.columns.state} |`, '|---|---|---|---|---|');
    for (const row of inSection) {
      const uses = escapeMarkdown(usesOf(result, row, lang));
      if (row.copied.length === 0) out.push(`| ${escapeMarkdown(row.entry.evidence.path)} | ${uses} | | | **${stateOf(row, lang)}** |`);
      for (const file of row.copied) {
        const link = `${section.folder}/${file.relative}`;
        out.push(`| [${escapeMarkdown(file.relative)}](<${link.replace(/[<>]/g, '')}>) | ${uses} | \`${file.sha256}\` | ${file.modified.toISOString().slice(0, 19)}Z | ${stateOf(row, lang)} |`);
      }
    }
    out.push('');
  }
  return out.join('\n');
}

/** The same index as a sheet, for an auditor who files it in Excel or WPS; text always written as text. */
export async function binderIndexXlsx(result: Result, rows: readonly BinderRow[], options: IndexOptions): Promise<Buffer> {
  const { lang } = options;
  const words = evidenceText(lang);
  const book = new Workbook();
  book.creator = 'gbt27922';
  book.created = new Date(`${options.today}T00:00:00Z`);
  book.modified = book.created;
  const sheet = book.addWorksheet(words.binderSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = [words.columns.folder, words.columns.file, words.columns.evidences, words.columns.sha256, words.columns.modified, words.columns.state];
  const body = rows.flatMap((row) => {
    const uses = usesOf(result, row, lang);
    if (row.copied.length === 0) return [[row.section.folder, row.entry.evidence.path, uses, '', '', stateOf(row, lang)]];
    return row.copied.map((file) => [row.section.folder, file.relative, uses, file.sha256, `${file.modified.toISOString().slice(0, 19)}Z`, stateOf(row, lang)]);
  });
  sheet.columns = header.map((title, index) => ({
    header: title,
    width: Math.min(index === 3 ? 66 : 48, Math.max(8, ...[title, ...body.map((cells) => cells[index] ?? '')].map((cell) => displayWidth(cell) + 2))),
  }));
  sheet.getRow(1).font = { bold: true };
  // exceljs writes a string as a string cell: a file named "=1+1.pdf" stays a name, never a formula.
  for (const cells of body) sheet.addRow(cells);
  if (body.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: body.length + 1, column: header.length } };
  return Buffer.from((await book.xlsx.writeBuffer(QUICK_ZIP)) as ArrayBuffer);
}
