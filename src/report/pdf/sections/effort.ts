import type { AuditDays, AuditEffortEstimate } from '../../audit-effort.js';
import type { ReportText } from '../../../i18n/report-text.js';
import { drawTable, type Cell } from '../pdf-table.js';
import { COLOURS, CONTENT_WIDTH, PAGE } from '../pdf-writer.js';
import type { ReportContext } from '../report-context.js';

/**
 * The audit effort: man-days of the initial, surveillance and re-certification audits from the
 * historical table, their fees at the historical rate and at one body's current example, each
 * labelled; then the way to a certificate.
 */
export function drawEffortAndSteps(context: ReportContext): void {
  const { w, result, text, effort } = context;
  w.ensureSpace(260);
  w.y += 6;
  w.heading(text.effortTitle);
  const y = w.y;
  const label = text.effortEstimateLabel;
  const intro =
    result.company.employees === null ? text.effortNoEmployees : !effort ? text.effortOutOfTable(result.company.employees) : text.effortBand(effort.employees, `${effort.band[0]}–${effort.band[1]}`);
  const height = w.heightOf(label, { width: CONTENT_WIDTH - 20, size: 8.5, bold: true }) + w.heightOf(intro, { width: CONTENT_WIDTH - 20 }) + 22;
  w.doc.rect(PAGE.left, y, CONTENT_WIDTH, height).lineWidth(1).dash(4, { space: 3 }).strokeColor(COLOURS.warn).stroke().undash();
  w.text(label, { x: PAGE.left + 10, y: y + 8, width: CONTENT_WIDTH - 20, size: 8.5, bold: true, color: COLOURS.warn });
  w.y += 4;
  w.text(intro, { x: PAGE.left + 10, width: CONTENT_WIDTH - 20 });
  w.y = Math.max(w.y, y + height) + 10;
  if (effort) drawEffortTable(context, effort);
  w.y += 10;
  drawSteps(context);
}

function drawEffortTable({ w, lang, text, ui }: ReportContext, effort: AuditEffortEstimate): void {
  const days = (value: number | null): Cell => (value === null ? { text: text.effortNotFound, color: COLOURS.warn } : { text: String(value) });
  const money = (value: number | null): Cell => (value === null ? { text: '—', color: COLOURS.muted } : { text: text.money(value) });
  const row = (title: string, audit: AuditDays, historical: number | null, example: number | null): Array<Cell | string> => [
    title,
    days(audit.total),
    days(audit.onSite),
    money(historical),
    money(example),
  ];
  const rows: Array<Array<Cell | string>> = [
    row(text.effortRows.initial(String(effort.initial.documents)), effort.initial, effort.historical.initial, effort.example.initial),
    row(text.effortRows.surveillance, effort.surveillance, effort.historical.surveillance, effort.example.surveillance),
    row(text.effortRows.recertification, effort.recertification, effort.historical.recertification, effort.example.recertification),
  ];
  const perOutlet = String(effort.minimumPerOutlet);
  if (effort.outlets && effort.outlets.count > 0) {
    const atLeast = (value: number | null) => (value === null ? '—' : text.effortAtLeast(text.money(value)));
    rows.push([
      text.effortRows.outlets(effort.outlets.count, perOutlet),
      text.effortAtLeast(String(effort.outlets.minimumDays)),
      text.effortAtLeast(String(effort.outlets.minimumDays)),
      atLeast(effort.historical.outlets),
      atLeast(effort.example.outlets),
    ]);
  }
  drawTable(
    w,
    [
      { title: text.effortColumns.audit, width: 175 },
      { title: text.effortColumns.total, width: 65, align: 'right' },
      { title: text.effortColumns.onSite, width: 60, align: 'right' },
      { title: text.effortColumns.historicalFee(text.money(effort.historical.schedule.perManDay)), width: 97, align: 'right' },
      { title: text.effortColumns.exampleFee(text.money(effort.example.schedule.perManDay)), width: 98, align: 'right' },
    ],
    rows,
  );
  const notes: string[] = [];
  if (effort.notFound) notes.push(effort.notFound[lang]);
  if (effort.outlets === null) notes.push(text.effortNoOutlets(perOutlet));
  notes.push(fixedFees(text, text.effortHistorical, effort.historical.schedule), fixedFees(text, text.effortExample, effort.example.schedule));
  for (const note of notes) {
    w.text(note, { x: PAGE.left, width: CONTENT_WIDTH, size: 9 });
    w.y += 2;
  }
  w.y += 4;
  const colon = ui.colon;
  for (const source of [effort.sources.historical, effort.sources.example, effort.sources.outlets]) {
    w.text(`${text.effortSource}${colon}${source.source[lang]} (${source.url})`, { x: PAGE.left, width: CONTENT_WIDTH, size: 7.5, color: COLOURS.muted });
  }
}

function fixedFees(text: ReportText, label: string, schedule: AuditEffortEstimate['historical']['schedule']): string {
  return text.effortFixedFees(label, text.money(schedule.application), text.money(schedule.approvalAndRegistration), text.money(schedule.annualPerYear));
}

function drawSteps({ w, text }: Pick<ReportContext, 'w' | 'text'>): void {
  const columnWidth = (CONTENT_WIDTH - 20) / 2;
  w.ensureSpace(170);
  const top = w.y;
  w.text(text.stepsTitle, { x: PAGE.left, y: top, width: columnWidth, size: 11.5, bold: true, color: COLOURS.band });
  let left = w.y + 4;
  text.steps.forEach((step, index) => {
    left = w.text(`${index + 1}. ${step}`, { x: PAGE.left, y: left, width: columnWidth, size: 9 }) + 3;
  });
  w.text(text.prepareTitle, { x: PAGE.left + columnWidth + 20, y: top, width: columnWidth, size: 11.5, bold: true, color: COLOURS.band });
  let right = w.y + 4;
  for (const item of text.prepare) right = w.text(`· ${item}`, { x: PAGE.left + columnWidth + 20, y: right, width: columnWidth, size: 9 }) + 3;
  w.y = Math.max(left, right);
}
