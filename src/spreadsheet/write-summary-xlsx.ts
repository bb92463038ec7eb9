import { QUICK_ZIP, Workbook } from './excel-workbook.js';
import { portfolioText } from '../i18n/portfolio-text.js';
import type { Lang } from '../model/bilingual-text.js';
import type { PortfolioRow } from '../report/portfolio-row.js';
import { summaryCells, summaryHeader } from '../report/render-summary.js';
import { displayWidth } from '../display-width.js';

/** The consultant's summary as one sheet: frozen header, a filter, widths that fit Chinese; text always text. */
export async function writeSummaryXlsx(rows: PortfolioRow[], lang: Lang): Promise<Buffer> {
  const book = new Workbook();
  book.creator = 'gbt27922';
  book.created = new Date(0);
  book.modified = new Date(0);
  const sheet = book.addWorksheet(portfolioText(lang).summarySheet, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  const header = summaryHeader(lang);
  const body = rows.map((row) => summaryCells(row, lang));
  sheet.columns = header.map((title, index) => ({
    header: title,
    width: Math.min(48, Math.max(8, ...[title, ...body.map((cells) => String(cells[index] ?? ''))].map((text) => displayWidth(text) + 2))),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const cells of body) sheet.addRow(cells);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: header.length } };
  sheet.getRow(rows.length + 3).getCell(1).value = portfolioText(lang).summaryNote;
  return Buffer.from((await book.xlsx.writeBuffer(QUICK_ZIP)) as ArrayBuffer);
}
