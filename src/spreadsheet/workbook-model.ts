/**
 * The spreadsheet as data, between the assessment and a file format: the xlsx and csv writers
 * only lay it out, and the column keys are what import reads back by. One model, so the two
 * formats cannot disagree about what a column means.
 */
export type CellValue =
  | string
  | number
  | null
  /** A calendar date, YYYY-MM-DD: a date cell in xlsx, the same text in csv. */
  | { date: string }
  /** A formula shown for reference, with the value the tool computed as its cached result. */
  | { formula: string; result: number };

export type ColumnKey = string;

export interface SheetColumn {
  key: ColumnKey;
  header: string;
  /** Read back by import; the others are there to read (titles, criteria, computed figures). */
  editable: boolean;
  /** Long text that wraps within a capped width. */
  wrap?: boolean;
  /** The choices of a dropdown for every row of this column (a row may narrow them). */
  choices?: string[];
}

export interface SheetRow {
  cells: Record<ColumnKey, CellValue>;
  /** A heading row of the indicator sheet: 1 a class, 2 an item. */
  heading?: 1 | 2;
  /** Choices for this row only, replacing the column's (N/A only where the indicator allows it). */
  choices?: Record<ColumnKey, string[]>;
  /** A row shown for information (a computed score): grey, and not read back. */
  readOnly?: boolean;
}

export interface SheetData {
  /** The role of the sheet, independent of language: cover, indicators, eligibility, documents, deductions, plan. */
  role: 'cover' | 'indicators' | 'eligibility' | 'documents' | 'deductions' | 'plan';
  name: string;
  columns: SheetColumn[];
  rows: SheetRow[];
  /** A line shown above nothing: the writers put it where it does not disturb the table (xlsx: a note on A1). */
  note?: string;
}

export interface WorkbookData {
  sheets: SheetData[];
  /** The date the workbook says it was made: the assessment's date, so the same input gives the same file. */
  created: string | null;
}

export { looksLikeFormula } from '../report/csv-field.js';

/** Column letters as spreadsheets name them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
