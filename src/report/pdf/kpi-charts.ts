import { COLOURS, CONTENT_WIDTH, PAGE, type PdfWriter } from './pdf-writer.js';

/** One month's column: bars side by side (null: no data that month). */
export interface MonthColumn {
  label: string;
  values: Array<number | null>;
}

export interface MonthlyChart {
  title: string;
  columns: MonthColumn[];
  /** One per bar of a column: its colour and its name in the legend. */
  series: Array<{ name: string; colour: string }>;
  /** The scale's top: fixed (100 for shares) or, when absent, from the data and the reference line. */
  max?: number;
  /** A dashed line across the chart: the company's commitment. */
  reference?: { value: number; label: string };
  /** A value as written above its bar and on the axis. */
  format: (value: number) => string;
  noData: string;
}

const PLOT_HEIGHT = 78;
const AXIS_WIDTH = 34;

/**
 * Bars per month with the value above each, a dashed line at the commitment, and a legend. The
 * scale's top is a round figure at or above every bar and the line, so nothing is cut off.
 */
export function drawMonthlyChart(w: PdfWriter, chart: MonthlyChart): void {
  w.ensureSpace(PLOT_HEIGHT + 62);
  w.text(chart.title, { x: PAGE.left, width: CONTENT_WIDTH, size: 9.5, bold: true, color: COLOURS.band });
  const legendY = w.y + 2;
  let legendX = PAGE.left;
  for (const series of [...chart.series, ...(chart.reference ? [{ name: chart.reference.label, colour: COLOURS.bad }] : [])]) {
    w.doc.rect(legendX, legendY + 2, 8, 6).fill(series.colour);
    w.text(series.name, { x: legendX + 11, y: legendY, width: 150, size: 7.5, color: COLOURS.muted });
    legendX += 11 + w.widthOf(series.name, { size: 7.5 }) + 14;
  }
  const top = legendY + 16;
  const left = PAGE.left + AXIS_WIDTH;
  const width = CONTENT_WIDTH - AXIS_WIDTH;
  const values = chart.columns.flatMap((column) => column.values).filter((value): value is number => value !== null);
  const max = chart.max ?? roundUp(Math.max(0, ...values, chart.reference?.value ?? 0) * 1.1);
  const yOf = (value: number) => top + PLOT_HEIGHT - (PLOT_HEIGHT * Math.min(value, max)) / max;

  for (const tick of [0, max / 2, max]) {
    const y = yOf(tick);
    w.doc
      .moveTo(left, y)
      .lineTo(left + width, y)
      .lineWidth(0.4)
      .strokeColor(COLOURS.faint)
      .stroke();
    w.text(chart.format(tick), { x: PAGE.left, y: y - 4, width: AXIS_WIDTH - 4, size: 6.5, align: 'right', color: COLOURS.muted });
  }
  const slot = width / Math.max(1, chart.columns.length);
  const barWidth = Math.min(22, (slot * 0.7) / Math.max(1, chart.series.length));
  chart.columns.forEach((column, index) => {
    const centre = left + slot * (index + 0.5);
    const start = centre - (barWidth * column.values.length) / 2;
    column.values.forEach((value, bar) => {
      const x = start + bar * barWidth;
      if (value === null) {
        if (bar === 0) w.text(chart.noData, { x: centre - slot / 2, y: yOf(0) - 10, width: slot, size: 6, align: 'center', color: COLOURS.muted });
        return;
      }
      const y = yOf(value);
      w.doc.rect(x + 0.5, y, barWidth - 1, yOf(0) - y).fill(chart.series[bar]!.colour);
      if (slot >= 26) w.text(chart.format(value), { x: x - 8, y: y - 9, width: barWidth + 16, size: 5.5, align: 'center', color: COLOURS.ink });
    });
    w.text(column.label, { x: centre - slot / 2, y: yOf(0) + 3, width: slot, size: 6.5, align: 'center', color: COLOURS.muted });
  });
  if (chart.reference) {
    const y = yOf(chart.reference.value);
    w.doc
      .save()
      .moveTo(left, y)
      .lineTo(left + width, y)
      .dash(4, { space: 3 })
      .lineWidth(1)
      .strokeColor(COLOURS.bad)
      .stroke()
      .undash()
      .restore();
  }
  w.y = yOf(0) + 16;
}

/** 1, 2, 2.5, 5 times a power of ten: the smallest at or above `value`. */
export function roundUp(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}
