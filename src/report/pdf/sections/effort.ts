import { COLOURS, CONTENT_WIDTH, PAGE } from '../pdf-writer.js';
import type { ReportContext } from '../report-context.js';

/** The audit effort, clearly an estimate from a historical table, and the way to a certificate. */
export function drawEffortAndSteps({ w, result, lang, text, effort }: ReportContext): void {
  w.ensureSpace(220);
  w.y += 6;
  w.heading(text.effortTitle);
  const y = w.y;
  const lines: string[] = [];
  if (result.company.employees === null) lines.push(text.effortNoEmployees);
  else if (!effort) lines.push(text.effortOutOfTable(result.company.employees));
  else {
    const days = (n: number) => String(n);
    lines.push(text.effortInitial(effort.employees, `${effort.band[0]}–${effort.band[1]}`, days(effort.initial.total), days(effort.initial.documents), days(effort.initial.onSite)));
    lines.push(text.effortSurveillance(days(effort.surveillance.total), effort.surveillance.onSite === null ? null : days(effort.surveillance.onSite), effort.surveillance.fromTable));
    lines.push(text.effortFees(effort.fees.application, effort.fees.approvalAndRegistration, effort.fees.annualPerYear));
  }
  const body = lines.join('\n');
  const label = text.effortEstimateLabel;
  const height = w.heightOf(label, { width: CONTENT_WIDTH - 20, size: 8.5, bold: true }) + w.heightOf(body, { width: CONTENT_WIDTH - 20 }) + 30;
  w.doc.rect(PAGE.left, y, CONTENT_WIDTH, height).lineWidth(1).dash(4, { space: 3 }).strokeColor(COLOURS.warn).stroke().undash();
  w.text(label, { x: PAGE.left + 10, y: y + 8, width: CONTENT_WIDTH - 20, size: 8.5, bold: true, color: COLOURS.warn });
  w.y += 4;
  w.text(body, { x: PAGE.left + 10, width: CONTENT_WIDTH - 20 });
  if (effort) {
    w.y += 4;
    w.text(`${text.effortSource}${lang === 'zh' ? '：' : ': '}${effort.source[lang]}`, { x: PAGE.left + 10, width: CONTENT_WIDTH - 20, size: 7.5, color: COLOURS.muted });
  }
  w.y = Math.max(w.y, y + height) + 14;

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
