import { parseTypedDate } from '../plan/dates.js';
import type { RawCell } from './read-grid.js';

/**
 * What people and other programs do to cells, undone: WPS and LibreOffice keep dates as serial
 * numbers when a format is lost, a Chinese input method types full-width digits (７／１０), and
 * copied text brings trailing spaces. Free text keeps its own characters (a full-width comma in a
 * note is the note); words chosen from a list and numbers are normalised.
 */

/** Free text as written, without the spaces around it; nothing for an empty cell. */
export function textOf(cell: RawCell): string | null {
  if (cell === null) return null;
  if (cell instanceof Date) return isoDate(cell);
  const text = String(cell).replace(/\r\n?/g, '\n').trim();
  return text === '' ? null : text;
}

/** A word from a list, or a number typed as text: full-width forms folded, spaces collapsed, lower case. */
export function wordOf(cell: RawCell): string | null {
  const text = textOf(cell);
  return text === null ? null : text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Lines of a cell (evidence files, one a line), empty lines dropped. */
export function linesOf(cell: RawCell): string[] {
  const text = textOf(cell);
  return text === null
    ? []
    : text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
}

export type Parsed<T> = { value: T } | { problem: string };

/** A whole number, from a number cell or text with ASCII or full-width digits. */
export function integerOf(cell: RawCell): Parsed<number | null> {
  if (cell === null) return { value: null };
  if (typeof cell === 'number') return Number.isInteger(cell) ? { value: cell } : { problem: String(cell) };
  const word = wordOf(cell);
  if (word === null) return { value: null };
  return /^-?\d+$/.test(word) && Number.isSafeInteger(Number(word)) ? { value: Number(word) } : { problem: textOf(cell) ?? '' };
}

// Day 0 of the 1900 date system as spreadsheets count it (Lotus's leap-year bug included from day 61 on).
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A calendar date as YYYY-MM-DD: a date cell (exceljs reads it as midnight UTC), a serial number
 * (a date whose format was lost), or text as people type it: 2027-02-28, 2027/2/28, 2027.2.28,
 * 2027年2月28日, with full-width digits too.
 */
export function dateOf(cell: RawCell): Parsed<string | null> {
  if (cell === null) return { value: null };
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? { problem: '' } : { value: isoDate(cell) };
  if (typeof cell === 'number') {
    if (cell < 1 || cell > 2958465) return { problem: String(cell) };
    return { value: isoDate(new Date(SERIAL_EPOCH + Math.round(cell) * 86_400_000)) };
  }
  const word = wordOf(cell);
  if (word === null) return { value: null };
  const typed = parseTypedDate(word);
  if (typed !== undefined) return { value: typed };
  if (/^\d+(\.\d+)?$/.test(word)) return dateOf(Number(word));
  return { problem: textOf(cell) ?? '' };
}

/**
 * A date cell's day. exceljs gives midnight UTC; a program that stored a time of day near midnight
 * in another zone is rounded to the nearest day rather than cut to the day before.
 */
function isoDate(date: Date): string {
  const rounded = new Date(Math.round(date.getTime() / 86_400_000) * 86_400_000);
  return rounded.toISOString().slice(0, 10);
}
