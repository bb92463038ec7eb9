import type ExcelJS from 'exceljs';
import { QUICK_ZIP, Workbook } from './excel-workbook.js';
import { displayWidth } from '../display-width.js';
import type { CellValue, SheetColumn, SheetData, WorkbookData } from './workbook-model.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const CLASS_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFB8CCE4' } };
const ITEM_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE4ECF7' } };
const EDITABLE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFDE7' } };
const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * The workbook as an .xlsx file, through exceljs (a maintained library that writes real Office
 * Open XML, dropdowns and frozen panes included). Every text goes in as a string cell, never a
 * formula, so text starting with = + - @ is shown, not run; the only formulas are the tool's own.
 */
export async function writeXlsx(workbook: WorkbookData): Promise<Buffer> {
  const book = new Workbook();
  book.creator = 'gbt27922';
  const created = workbook.created ? new Date(`${workbook.created}T00:00:00Z`) : new Date(0);
  book.created = created;
  book.modified = created;
  for (const sheet of workbook.sheets) addSheet(book, sheet);
  const data = await book.xlsx.writeBuffer(QUICK_ZIP);
  return Buffer.from(data as ArrayBuffer);
}

function addSheet(book: ExcelJS.Workbook, sheet: SheetData): void {
  const frozenColumns = sheet.role === 'indicators' ? 1 : 0;
  const worksheet = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', xSplit: frozenColumns, ySplit: 1, activeCell: 'A2' }] });
  worksheet.columns = sheet.columns.map((column) => ({ key: column.key, width: widthOf(column, sheet), header: column.header }));
  const header = worksheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  if (sheet.note) header.getCell(1).note = sheet.note;

  sheet.rows.forEach((row, index) => {
    const excelRow = worksheet.getRow(index + 2);
    sheet.columns.forEach((column, columnIndex) => {
      const cell = excelRow.getCell(columnIndex + 1);
      setValue(cell, row.cells[column.key] ?? null);
      cell.alignment = { vertical: 'top', wrapText: column.wrap === true };
      if (row.heading) {
        cell.font = { bold: true };
        cell.fill = row.heading === 1 ? CLASS_FILL : ITEM_FILL;
        return;
      }
      if (row.readOnly) {
        cell.font = { color: { argb: 'FF595959' } };
        return;
      }
      if (column.editable && column.key !== 'id' && column.key !== 'key') cell.fill = EDITABLE_FILL;
      const choices = row.choices?.[column.key] ?? column.choices;
      if (choices && column.editable) {
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          // A list typed into the rule (not a range): the file stays self-contained.
          formulae: [`"${choices.join(',')}"`],
          showErrorMessage: true,
          errorStyle: 'warning',
        };
      }
    });
    if (row.heading === 2) excelRow.outlineLevel = 1;
    if (!row.heading && sheet.role === 'indicators') excelRow.outlineLevel = 2;
  });
  if (sheet.rows.length > 0) worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: sheet.rows.length + 1, column: sheet.columns.length } };
}

function setValue(cell: ExcelJS.Cell, value: CellValue): void {
  if (value === null) return;
  if (typeof value === 'string') {
    // Assigned as a rich-text-free string: exceljs stores it as a shared string, which no
    // spreadsheet evaluates, whatever its first character.
    cell.value = value;
    return;
  }
  if (typeof value === 'number') {
    cell.value = value;
    return;
  }
  if ('date' in value) {
    cell.value = new Date(`${value.date}T00:00:00Z`);
    cell.numFmt = DATE_FORMAT;
    return;
  }
  cell.value = { formula: value.formula, result: value.result } as ExcelJS.CellFormulaValue;
  cell.numFmt = '0.##';
}

/** Wide enough for the longest line (a Chinese character is two columns wide), capped for long text. */
function widthOf(column: SheetColumn, sheet: SheetData): number {
  const cap = column.wrap ? 46 : 28;
  // Measuring stops once the column is as wide as it may be: measuring every cell of the long text
  // columns in full took a quarter of a second (bench: export one assessment).
  const enough = cap - 2;
  let widest = displayWidth(column.header) * 0.9;
  for (const row of sheet.rows) {
    if (widest >= enough) break;
    if (row.heading) continue;
    const value = row.cells[column.key];
    const text = value === null || value === undefined ? '' : typeof value === 'object' ? ('date' in value ? value.date : String(value.result)) : String(value);
    for (const line of text.split('\n')) widest = Math.max(widest, widthUpTo(line, enough));
  }
  return Math.round(Math.min(cap, Math.max(6, widest + 2)));
}

/** The width of a line, exact up to `limit`; a longer line is measured by its start when that is already as wide. */
function widthUpTo(line: string, limit: number): number {
  if (line.length <= limit) return displayWidth(line);
  const head = displayWidth(line.slice(0, limit));
  return head >= limit ? head : displayWidth(line);
}
