import type { Rational } from '../../model/rational.js';
import type { LevelInfo } from '../../model/result.js';
import { formatScore } from '../format.js';
import { COLOURS, PAGE, type PdfWriter } from './pdf-writer.js';

/** A 0–100 bar with the level thresholds marked and the score as a pointer. */
export function drawScoreScale(w: PdfWriter, score: Rational, levels: LevelInfo[], levelName: (level: LevelInfo) => string): void {
  const x = PAGE.left;
  const width = PAGE.right - PAGE.left;
  const y = w.y + 30;
  const height = 14;
  const at = (value: number) => x + (width * Math.min(100, Math.max(0, value))) / 100;
  w.doc.rect(x, y, width, height).fill('#e8ebf1');
  const bands = [0, ...levels.map((level) => level.threshold), 100];
  const shades = ['#f4d6d6', '#e7eef8', '#d3e2f4', '#bcd3ee', '#a3c3e8', '#8ab3e2'];
  for (let i = 0; i < bands.length - 1; i++) {
    w.doc.rect(at(bands[i]!), y, at(bands[i + 1]!) - at(bands[i]!), height).fill(shades[Math.min(i, shades.length - 1)]!);
  }
  // Names of close thresholds (90 and 95 are 25 pt apart) alternate between two rows.
  let previousX = -Infinity;
  let row = 0;
  // Each threshold is named with its figure above the bar ("四星级 90"), so the score's pointer
  // and figure below the bar never cover a threshold label, however close the score is to it.
  for (const level of levels) {
    const x = at(level.threshold);
    const name = `${levelName(level)} ${level.threshold}`;
    const half = w.widthOf(name, { size: 7.5 }) / 2 + 4;
    row = x - half < previousX ? 1 - row : 0;
    previousX = x + half;
    const top = y - 4 - (row === 0 ? 12 : 24);
    w.doc
      .moveTo(x, top + 10)
      .lineTo(x, y + height + 4)
      .lineWidth(row === 0 ? 0.8 : 0.6)
      .strokeColor(COLOURS.band)
      .stroke();
    w.text(name, { x: x - 40, y: top, width: 80, size: 7.5, align: 'center', color: COLOURS.band });
  }
  const pointer = at(score.toNumber());
  w.doc.polygon([pointer - 6, y + height + 16], [pointer + 6, y + height + 16], [pointer, y + height + 2]).fill(COLOURS.ink);
  w.text(formatScore(score), { x: pointer - 25, y: y + height + 18, width: 50, size: 9, bold: true, align: 'center' });
  w.y = y + height + 34;
}

export interface RadarPoint {
  label: string;
  /** 0–100 for the geometry, or null when nothing of it applies. */
  percent: number | null;
  /** The figure as the report writes it (formatPercent), so every renderer agrees. */
  percentText: string;
}

/** A radar of the items' percentages; an item that does not apply sits at the centre, labelled. */
export function drawRadar(w: PdfWriter, points: RadarPoint[], centreX: number, centreY: number, radius: number): void {
  const n = points.length;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const point = (i: number, r: number): [number, number] => [centreX + r * Math.cos(angle(i)), centreY + r * Math.sin(angle(i))];
  for (const ring of [25, 50, 75, 100]) {
    const corners = points.map((_, i) => point(i, (radius * ring) / 100));
    w.doc
      .polygon(...corners)
      .lineWidth(0.5)
      .strokeColor(COLOURS.faint)
      .stroke();
  }
  points.forEach((_, i) => {
    const [x, y] = point(i, radius);
    w.doc.moveTo(centreX, centreY).lineTo(x, y).lineWidth(0.5).strokeColor(COLOURS.faint).stroke();
  });
  const shape = points.map((p, i) => point(i, (radius * (p.percent ?? 0)) / 100));
  w.doc
    .save()
    .polygon(...shape)
    .fillOpacity(0.25)
    .fill(COLOURS.accent)
    .restore();
  w.doc
    .polygon(...shape)
    .lineWidth(1.2)
    .strokeColor(COLOURS.accent)
    .stroke();
  points.forEach((p, i) => {
    const [x, y] = point(i, radius + 14);
    const label = `${p.label}\n${p.percentText}`;
    const width = 80;
    const cos = Math.cos(angle(i));
    const left = Math.abs(cos) < 0.2 ? x - width / 2 : cos > 0 ? x - 4 : x - width + 4;
    const align = Math.abs(cos) < 0.2 ? 'center' : cos > 0 ? 'left' : 'right';
    w.text(label, { x: left, y: y - 10, width, size: 7.5, align, color: COLOURS.ink, lineGap: 0 });
  });
}

export interface Bar {
  label: string;
  percent: number | null;
  /** Percent and points as the report writes them. */
  detail: string;
}

/** One horizontal bar per class, with its earned / possible points beside it. */
export function drawBars(w: PdfWriter, bars: Bar[]): void {
  const labelWidth = 150;
  const detailWidth = 90;
  const barWidth = PAGE.right - PAGE.left - labelWidth - detailWidth - 10;
  for (const bar of bars) {
    const y = w.y;
    const labelHeight = w.heightOf(bar.label, { width: labelWidth - 6, size: 9 });
    w.text(bar.label, { x: PAGE.left, y, width: labelWidth - 6, size: 9 });
    w.doc.rect(PAGE.left + labelWidth, y + 1, barWidth, 10).fill('#e8ebf1');
    if (bar.percent !== null) w.doc.rect(PAGE.left + labelWidth, y + 1, (barWidth * bar.percent) / 100, 10).fill(COLOURS.accent);
    w.text(bar.detail, { x: PAGE.left + labelWidth + barWidth + 8, y, width: detailWidth, size: 8.5, color: COLOURS.muted });
    w.y = y + Math.max(18, labelHeight + 5);
  }
}
