import { looksLikeFormula, type CellValue, type SheetData } from './workbook-model.js';

/**
 * One sheet as CSV (RFC 4180) for Excel and WPS: UTF-8 with a byte-order mark, without which
 * Excel on a Chinese Windows reads the file as GBK and shows mojibake; CRLF line ends. Text that a
 * spreadsheet would take for a formula gets a leading apostrophe, which import removes again.
 */
export function writeCsv(sheet: SheetData): string {
  const lines = [sheet.columns.map((column) => field(column.header)).join(',')];
  for (const row of sheet.rows) lines.push(sheet.columns.map((column) => field(row.cells[column.key] ?? null)).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

function field(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') return 'date' in value ? value.date : String(value.result);
  const text = looksLikeFormula(value) || value.startsWith("'") ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
