import type ExcelJS from 'exceljs';
import { error, UserError } from '../model/diagnostic.js';
import { checkRegularFile } from './csv-rows.js';
import { WorkbookByDirectory } from './xlsx-workbook-reader.js';

export type XlsxRowHandler = (cells: unknown[], row: number, sheet: string) => void;

/**
 * Reads an xlsx export row by row with exceljs's streaming reader (the sheet is never loaded whole).
 * Styles are read so that a number formatted as a date arrives as a Date; merged cells arrive
 * as the value in their first cell and nothing in the others, which the header reading expects.
 * Every worksheet is read in turn; `sheet` names the one a row comes from.
 */
export async function readXlsxRows(file: string, onRow: XlsxRowHandler): Promise<void> {
  await checkRegularFile(file);
  const reader = new WorkbookByDirectory(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
  // What the handler throws (a diagnostic, or a caller's "enough rows") goes on as it is; only
  // what the reader throws means the workbook could not be read.
  let handlerFailed = false;
  try {
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name?: string }).name ?? '';
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as unknown[];
        try {
          // exceljs numbers columns from 1: values[0] is always empty.
          onRow(Array.isArray(values) ? values.slice(1).map(plain) : [], row.number, name);
        } catch (cause) {
          handlerFailed = true;
          throw cause;
        }
      }
    }
  } catch (cause) {
    if (handlerFailed || cause instanceof UserError) throw cause;
    throw new UserError([error('RECORDS_WORKBOOK_UNREADABLE', { reason: cause instanceof Error ? cause.message : String(cause) }, { file })]);
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
