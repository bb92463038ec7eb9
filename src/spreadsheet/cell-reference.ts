import { columnLetter } from './workbook-model.js';

/** Excel's last column (XFD) and row: a sheet named like a cell within them is a cell to Excel. */
const LAST_COLUMN = 16_384;
const LAST_ROW = 1_048_576;

/**
 * A sheet's name as Excel writes it in a reference (the Name Box, a formula): bare when Excel
 * would read it as a name, else in single quotes with any quote inside doubled. Excel's rule is not
 * published; this follows what was found by creating files in Excel (XlsxWriter issue #1078): a
 * name is quoted when it holds anything but word characters (letters of any script, digits, _) and
 * dots, when it starts with a digit or a dot, or when it reads as an A1 or R1C1 reference. So
 * 工单 and Sheet1 stay bare; 'Sheet 1', '2026年工单', 'A1' and 'O''Brien' are quoted.
 */
export function sheetPrefix(sheet: string): string {
  return `${needsQuotes(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet}!`;
}

/** A cell as Excel names it: sheet!A1, the sheet quoted where Excel quotes it; `column` and `row` are 0- and 1-based. */
export function sheetCell(sheet: string, column: number, row: number): string {
  return `${sheetPrefix(sheet)}${columnLetter(column)}${row}`;
}

function needsQuotes(sheet: string): boolean {
  if (sheet === '') return true;
  // Emoji count as word characters to Excel, except in first place.
  if (/[^\p{L}\p{N}\p{M}\p{Extended_Pictographic}_.]/u.test(sheet)) return true;
  if (/^[\p{N}.\p{Extended_Pictographic}]/u.test(sheet)) return true;
  return looksLikeA1(sheet) || /^(r|c|rc|r\d+|c\d+|r\d+c\d+)$/i.test(sheet);
}

function looksLikeA1(sheet: string): boolean {
  const match = /^([a-z]{1,3})(\d+)$/i.exec(sheet);
  if (!match) return false;
  let column = 0;
  for (const letter of match[1]!.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  const row = Number(match[2]);
  return column <= LAST_COLUMN && row >= 1 && row <= LAST_ROW;
}
