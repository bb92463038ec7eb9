import ExcelJS from 'exceljs';
import { error, UserError } from '../model/diagnostic.js';
import { checkRegularFile } from './csv-rows.js';

export type XlsxRowHandler = (cells: unknown[], row: number, sheet: string) => void;

/**
 * Reads an xlsx export row by row with exceljs's streaming reader (the sheet is never loaded whole).
 * Styles are read so that a number formatted as a date arrives as a Date; merged cells arrive
 * as the value in their first cell and nothing in the others, which the header reading expects.
 * Every worksheet is read in turn; `sheet` names the one a row comes from.
 */
export async function readXlsxRows(file: string, onRow: XlsxRowHandler): Promise<void> {
  await checkRegularFile(file);
  for (let attempt = 1; ; attempt++) {
    let delivered = 0;
    try {
      await readOnce(file, (cells, row, sheet) => {
        delivered++;
        onRow(cells, row, sheet);
      });
      return;
    } catch (cause) {
      if (cause instanceof UserError) throw cause;
      // exceljs's streaming reader now and then loses the zip's last entry, and files written by
      // exceljs or openpyxl keep xl/workbook.xml last: it then fails before the first row, reading
      // the sheet names of a workbook it never saw (exceljs issue #3064, about 1 read in 100
      // here). Nothing has been handed on, so the file is read again.
      if (delivered === 0 && attempt < READ_ATTEMPTS && isLostWorkbookEntry(cause)) continue;
      throw new UserError([error('RECORDS_WORKBOOK_UNREADABLE', { reason: cause instanceof Error ? cause.message : String(cause) }, { file })]);
    }
  }
}

const READ_ATTEMPTS = 4;

function isLostWorkbookEntry(cause: unknown): boolean {
  // By its message: the error comes from exceljs as a plain TypeError, not one of ours.
  return /reading 'sheets'/.test(cause instanceof Error ? cause.message : String(cause));
}

async function readOnce(file: string, onRow: XlsxRowHandler): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
  for await (const sheet of reader) {
    const name = (sheet as unknown as { name?: string }).name ?? '';
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as unknown[];
      // exceljs numbers columns from 1: values[0] is always empty.
      onRow(Array.isArray(values) ? values.slice(1).map(plain) : [], row.number, name);
    }
  }
}

function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  const object = value as Record<string, unknown>;
  if (Array.isArray(object.richText)) return (object.richText as Array<{ text: string }>).map((run) => run.text).join('');
  if ('result' in object) return plain(object.result);
  if ('text' in object) return plain(object.text);
  return null;
}
