import { planText } from '../../../i18n/plan-text.js';
import type { PlanView } from '../../../plan/plan-view.js';
import { daysBetween } from '../../../plan/dates.js';
import { indicatorLabel } from '../../describe-gap.js';
import { formatGain, formatScore, levelById, levelLabel } from '../../format.js';
import { milestoneName } from '../../render-plan.js';
import { drawTable } from '../pdf-table.js';
import { COLOURS, CONTENT_WIDTH, PAGE } from '../pdf-writer.js';
import type { ReportContext } from '../report-context.js';

const STATUS_COLOUR = { todo: '#9aa3b2', doing: COLOURS.accent, done: COLOURS.good } as const;

/**
 * The plan page: a Gantt-like timeline drawn to the audit date (the preparation steps, then each
 * action from today to its due date, coloured by status, overdue in red), then the actions with
 * their owners, dates, status and the projected score. Drawn only when the file has a plan or an
 * audit date.
 */
export function drawPlan(context: ReportContext, view: PlanView | null): void {
  if (!view || (view.items.length === 0 && view.timeline === null)) return;
  const { w, result, lang } = context;
  const words = planText(lang);
  w.newPage();
  w.heading(words.pdfPlanTitle);
  const level = (id: string | null) => {
    const found = levelById(result, id);
    return found ? levelLabel(found, lang) : words.noLevel;
  };
  const facts = [words.current(formatScore(view.score), result.failed ? words.failedLevel : level(view.level))];
  if (view.target) facts.push(`${words.targetLabel}${context.ui.colon}${level(view.target)}`);
  if (view.auditDate) facts.push(`${words.auditDate}${context.ui.colon}${view.auditDate}`);
  facts.push(`${words.today}${context.ui.colon}${view.today}`);
  w.text(facts.join(' · '), { size: 9.5 });
  w.y += 8;
  drawGantt(context, view);
  if (view.items.length === 0) return;
  w.y += 10;
  drawTable(
    w,
    [
      { title: words.columns.due, width: 62 },
      { title: words.columns.indicator, width: 100 },
      { title: words.columns.action, width: 140 },
      { title: words.columns.owner, width: 52 },
      { title: words.columns.status, width: 50 },
      { title: words.columns.gain, width: 34, align: 'right' },
      { title: words.columns.projected, width: CONTENT_WIDTH - 438 },
    ],
    view.items.map((item) => [
      item.due ?? words.noDue,
      indicatorLabel(result, item.id, lang),
      [item.action ?? '', ...(item.note ? [`${words.note}${context.ui.colon}${item.note}`] : [])].join('\n'),
      item.owner ?? '',
      item.overdue
        ? { text: `${words.status[item.status]}\n${words.overdue}`, color: COLOURS.bad, bold: true }
        : { text: words.status[item.status], ...(item.status === 'done' ? { color: COLOURS.good } : {}) },
      item.open ? formatGain(item.gain) : words.gainNone,
      `${formatScore(item.projectedScore)} ${level(item.projectedLevel)}`,
    ]),
  );
  w.y += 6;
  w.text(words.projectedAll(formatScore(view.projected.score), level(view.projected.level)), { bold: true, size: 9.5 });
  if (view.overdue.length > 0) w.text(words.overdueCount(view.overdue.length), { color: COLOURS.bad, size: 9 });
  const late = view.items.filter((item) => item.afterApplication).length;
  if (late > 0 && view.applicationDate) w.text(words.dueAfterApplication(late, view.applicationDate), { color: COLOURS.warn, size: 9 });
}

/** Rows of bars over a date axis from the earliest of today, the first step and the first due date, to the audit. */
function drawGantt({ w, result, lang }: ReportContext, view: PlanView): void {
  const words = planText(lang);
  const steps = (view.timeline ?? []).filter((step) => view.auditDate === null || step.date <= view.auditDate);
  const dated = view.items.filter((item) => item.due !== null);
  if (steps.length === 0 && dated.length === 0) return;
  const dates = [view.today, ...steps.map((s) => s.start ?? s.date), ...steps.map((s) => s.date), ...dated.map((i) => i.due!)].sort();
  const from = dates[0]!;
  const to = view.auditDate && view.auditDate > dates.at(-1)! ? view.auditDate : dates.at(-1)!;
  const span = Math.max(1, daysBetween(from, to));
  const labelWidth = 170;
  const left = PAGE.left + labelWidth;
  const width = CONTENT_WIDTH - labelWidth - 6;
  const x = (date: string) => left + (width * Math.min(span, Math.max(0, daysBetween(from, date)))) / span;
  const row = 15;
  const rows = steps.length + dated.length;
  w.text(words.pdfGanttTitle, { size: 10, bold: true, color: COLOURS.band });
  w.y += 4;
  w.ensureSpace(rows * row + 40);
  const top = w.y + 14;
  const { doc } = w;

  // Month ticks along the top.
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  for (let k = 0; ; k++) {
    const month = new Date(Date.UTC(fy, fm - 1 + k, 1)).toISOString().slice(0, 10);
    if (month > to) break;
    if (month < from) continue;
    const tx = x(month);
    doc
      .moveTo(tx, top - 2)
      .lineTo(tx, top + rows * row)
      .lineWidth(0.3)
      .strokeColor(COLOURS.faint)
      .stroke();
    if (width / Math.max(1, span / 30) > 22 || month.endsWith('-01-01')) w.text(month.slice(2, 7), { x: tx + 1, y: top - 12, width: 40, size: 6.5, color: COLOURS.muted });
  }

  let y = top;
  // One line each: a label too long for its column is cut with an ellipsis.
  const fit = (text: string) => {
    let shown = text;
    while (shown.length > 1 && w.widthOf(shown, { size: 7.5 }) > labelWidth - 8) shown = shown.slice(0, -2) + '…';
    return shown;
  };
  const label = (text: string, colour: string = COLOURS.ink) => w.text(fit(text), { x: PAGE.left, y: y + 3, width: labelWidth - 4, size: 7.5, color: colour });
  for (const step of steps) {
    label(`${milestoneName(step, lang)}${step.basis === 'ours' ? ` (${words.ours})` : ''}`, step.basis === 'ours' ? COLOURS.muted : COLOURS.ink);
    if (step.start) doc.rect(x(step.start), y + 3, Math.max(2, x(step.date) - x(step.start)), row - 6).fill(step.basis === 'ours' ? COLOURS.faint : COLOURS.band);
    else diamond(doc, x(step.date), y + row / 2, step.id === 'audit' ? COLOURS.bad : COLOURS.band);
    y += row;
  }
  for (const item of dated) {
    const colour = item.overdue ? COLOURS.bad : STATUS_COLOUR[item.status];
    label(`${indicatorLabel(result, item.id, lang)}${item.owner ? ` · ${item.owner}` : ''}`, item.overdue ? COLOURS.bad : COLOURS.ink);
    // biome-ignore lint/complexity/useMathMinMax: ISO date strings, which Math.min would turn into NaN
    const start = item.due! < view.today ? item.due! : view.today;
    doc.rect(x(start), y + 4, Math.max(2, x(item.due!) - x(start)), row - 8).fill(colour);
    diamond(doc, x(item.due!), y + row / 2, colour);
    y += row;
  }
  // Today and the audit as vertical lines over every row.
  doc
    .moveTo(x(view.today), top - 4)
    .lineTo(x(view.today), y)
    .lineWidth(0.8)
    .dash(2, { space: 2 })
    .strokeColor(COLOURS.accent)
    .stroke()
    .undash();
  if (view.auditDate)
    doc
      .moveTo(x(view.auditDate), top - 4)
      .lineTo(x(view.auditDate), y)
      .lineWidth(1)
      .strokeColor(COLOURS.bad)
      .stroke();
  w.y = y + 6;
  // Legend.
  const legend: Array<[string, string]> = [
    [COLOURS.band, words.pdfLegend.step],
    [COLOURS.faint, `${words.pdfLegend.step} (${words.ours})`],
    ['#9aa3b2', words.pdfLegend.todo],
    [COLOURS.accent, words.pdfLegend.doing],
    [COLOURS.good, words.pdfLegend.done],
    [COLOURS.bad, words.pdfLegend.overdue],
  ];
  let lx = PAGE.left;
  const ly = w.y;
  for (const [colour, text] of legend) {
    doc.rect(lx, ly + 2, 8, 6).fill(colour);
    w.text(text, { x: lx + 11, y: ly, width: 95, size: 7, color: COLOURS.muted });
    lx += 14 + w.widthOf(text, { size: 7 }) + 10;
  }
  w.y = ly + 12;
  w.text(`${words.oursFootnote} ${words.factFootnote}`, { size: 7, color: COLOURS.muted });
}

function diamond(doc: PDFKit.PDFDocument, cx: number, cy: number, colour: string): void {
  doc.polygon([cx, cy - 4.5], [cx + 4.5, cy], [cx, cy + 4.5], [cx - 4.5, cy]).fill(colour);
}
