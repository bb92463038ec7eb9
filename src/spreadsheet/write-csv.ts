import { csvText } from '../report/csv-field.js';
import type { CellValue, SheetData } from './workbook-model.js';

/**
 * One sheet as CSV for Excel and WPS (see csvText: BOM, CRLF, and an apostrophe before text that
 * a spreadsheet would take for a formula, which import removes again).
 */
export function writeCsv(sheet: SheetData): string {
  return csvText([sheet.columns.map((column) => column.header), ...sheet.rows.map((row) => sheet.columns.map((column) => plain(row.cells[column.key] ?? null)))]);
}

function plain(value: CellValue): string | number | null {
  if (value === null || typeof value !== 'object') return value;
  return 'date' in value ? value.date : value.result;
}
