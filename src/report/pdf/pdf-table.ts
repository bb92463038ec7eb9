import { COLOURS, PAGE, type PdfWriter } from './pdf-writer.js';

export interface Column {
  title: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface Cell {
  text: string;
  color?: string;
  bold?: boolean;
}

const PADDING = 4;
const SIZE = 8.5;

/**
 * A table that breaks across pages with its header repeated, each row kept whole, every cell
 * wrapped to its column: nothing runs off the page or over its neighbour.
 */
export function drawTable(w: PdfWriter, columns: Column[], rows: Array<Array<Cell | string>>): void {
  const drawHeader = () => {
    const height = Math.max(...columns.map((column) => w.heightOf(column.title, { width: column.width - 2 * PADDING, size: SIZE, bold: true }))) + 2 * PADDING;
    const y = w.y;
    w.doc
      .rect(
        PAGE.left,
        y,
        columns.reduce((sum, column) => sum + column.width, 0),
        height,
      )
      .fill(COLOURS.band);
    let x = PAGE.left;
    for (const column of columns) {
      w.text(column.title, { x: x + PADDING, y: y + PADDING, width: column.width - 2 * PADDING, size: SIZE, bold: true, color: '#ffffff', align: column.align ?? 'left' });
      x += column.width;
    }
    w.y = y + height;
  };

  w.ensureSpace(60);
  drawHeader();
  rows.forEach((row, index) => {
    const cells = row.map((cell) => (typeof cell === 'string' ? { text: cell } : cell));
    const height = Math.max(...cells.map((cell, c) => w.heightOf(cell.text, { width: columns[c]!.width - 2 * PADDING, size: SIZE, bold: cell.bold ?? false }))) + 2 * PADDING;
    if (w.y + height > PAGE.bottom) {
      w.newPage();
      drawHeader();
    }
    const y = w.y;
    const totalWidth = columns.reduce((sum, column) => sum + column.width, 0);
    if (index % 2 === 1) w.doc.rect(PAGE.left, y, totalWidth, height).fill(COLOURS.zebra);
    let x = PAGE.left;
    cells.forEach((cell, c) => {
      const column = columns[c]!;
      w.text(cell.text, { x: x + PADDING, y: y + PADDING, width: column.width - 2 * PADDING, size: SIZE, bold: cell.bold ?? false, color: cell.color ?? COLOURS.ink, align: column.align ?? 'left' });
      x += column.width;
    });
    w.doc
      .moveTo(PAGE.left, y + height)
      .lineTo(PAGE.left + totalWidth, y + height)
      .lineWidth(0.4)
      .strokeColor(COLOURS.faint)
      .stroke();
    w.y = y + height;
  });
  w.y += 10;
}
