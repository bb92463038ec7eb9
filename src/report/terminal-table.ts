import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
// The same width measure cli-table3 uses for its own layout (colour codes stripped, CJK counted double).
import { strlen } from 'cli-table3/src/utils.js';

/**
 * cli-table3 checks each cell against every cell above it, so its layout is quadratic in rows:
 * 80,000 special deductions took ten minutes. Past this many rows a table is drawn in pieces with
 * the same column widths, measured here in one pass, and the pieces are joined at their borders.
 */
const ROWS_PER_PIECE = 200;

/** A compact table with a bold header, as every terminal table of the tool looks. */
export function terminalTable(head: string[], rows: string[][], c: ChalkInstance): string {
  const style = { head: [], border: [], compact: true };
  const boldHead = head.map((cell) => c.bold(cell));
  if (rows.length <= ROWS_PER_PIECE) {
    const table = new Table({ head: boldHead, style, wordWrap: true });
    table.push(...rows);
    return table.toString();
  }
  // cli-table3's own width: the widest line of the column plus one space of padding either side.
  const colWidths = head.map((cell, column) => rows.reduce((widest, row) => Math.max(widest, strlen(row[column] ?? '')), strlen(cell)) + 2);
  const pieces: string[][] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_PIECE) {
    const table = new Table({ ...(start === 0 ? { head: boldHead } : {}), style, colWidths, wordWrap: true });
    table.push(...rows.slice(start, start + ROWS_PER_PIECE));
    pieces.push(table.toString().split('\n'));
  }
  // Each piece but the last loses its bottom border, each but the first its top border.
  return pieces.map((lines, index) => lines.slice(index === 0 ? 0 : 1, index === pieces.length - 1 ? lines.length : -1).join('\n')).join('\n');
}
