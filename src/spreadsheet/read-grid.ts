import type ExcelJS from 'exceljs';
import { Workbook } from './excel-workbook.js';

/** What a cell holds once read, whatever program saved it. */
export type RawCell = string | number | boolean | Date | null;

/** One sheet as rows of cells (0-based here; references shown to people are 1-based, as in A1). */
export interface Grid {
  name: string;
  rows: RawCell[][];
  /** True for a csv file: references name no sheet, and a leading apostrophe protected a formula-like text. */
  csv?: boolean;
}

/**
 * Every sheet of an .xlsx file. Merged cells read as the value of their top-left cell (WPS and
 * LibreOffice users merge a column of equal answers); rich text as its plain text; a formula as
 * its cached result; an error value as nothing.
 */
export async function readXlsxGrids(data: Buffer): Promise<Grid[]> {
  const book = new Workbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
  const grids: Grid[] = [];
  book.eachSheet((sheet) => {
    const rows: RawCell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: RawCell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
        cells[columnNumber - 1] = plain(cell.value);
      });
      rows[rowNumber - 1] = cells;
    });
    grids.push({ name: sheet.name, rows: Array.from(rows, (row) => row ?? []) });
  });
  return grids;
}

function plain(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return plain((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : plain(value.text as ExcelJS.CellValue);
    if ('error' in value) return null;
  }
  return null;
}

/** A csv file (RFC 4180; a byte-order mark, CRLF or LF, and GBK from an old Excel are accepted by the caller's decoding). */
export function readCsvGrid(text: string, name: string): Grid {
  const rows: RawCell[][] = [];
  let row: RawCell[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    row.push(field === '' && !wasQuoted ? null : field.startsWith("'") ? field.slice(1) : field);
    field = '';
    wasQuoted = false;
  };
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      wasQuoted = true;
    } else if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length > 0 || wasQuoted) {
    endField();
    rows.push(row);
  }
  return { name, rows, csv: true };
}
