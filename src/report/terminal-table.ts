import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
// The same width measure cli-table3 uses for its own layout (colour codes stripped, CJK counted double).
import { strlen } from 'cli-table3/src/utils.js';
import { wrapText } from './wrap-text.js';

/**
 * cli-table3 checks each cell against every cell above it, so its layout is quadratic in rows:
 * 80,000 special deductions took ten minutes. Past this many rows a table is drawn in pieces with
 * the same column widths, measured here in one pass, and the pieces are joined at their borders.
 */
const ROWS_PER_PIECE = 200;

/**
 * A compact table with a bold header, as every terminal table of the tool looks. Given a width, a
 * table that would be wider is kept within it by folding the text of one column (`flex`, the
 * column of titles) at the places wrapText allows, never inside a word or an id.
 */
export function terminalTable(head: string[], rows: string[][], c: ChalkInstance, fit?: { width: number | undefined; flex: number }): string {
  const style = { head: [], border: [], compact: true };
  const boldHead = head.map((cell) => c.bold(cell));
  if (fit?.width && rows.length <= ROWS_PER_PIECE) {
    const natural = head.map((cell, column) => rows.reduce((widest, row) => Math.max(widest, widestLine(row[column] ?? '')), widestLine(cell)) + 2);
    const total = natural.reduce((sum, width) => sum + width, 0) + head.length + 1;
    if (total > fit.width) {
      const room = natural[fit.flex]! - (total - fit.width);
      // Below a few columns folding stops helping: the table is then left as wide as it must be.
      if (room >= 8) {
        const folded = rows.map((row) => row.map((cell, column) => (column === fit.flex ? wrapText(cell, room - 2) : cell)));
        const colWidths = natural.map((width, column) => (column === fit.flex ? room : width));
        const table = new Table({ head: boldHead.map((cell, column) => (column === fit.flex ? wrapText(cell, room - 2) : cell)), style, colWidths, wordWrap: false });
        table.push(...folded);
        return table.toString();
      }
    }
  }
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

function widestLine(cell: string): number {
  return cell.split('\n').reduce((widest, line) => Math.max(widest, strlen(line)), 0);
}
