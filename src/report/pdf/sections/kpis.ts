import { kpiText } from '../../../i18n/kpi-text.js';
import type { Commitments, Distribution, RecordsReport, Share } from '../../../model/records.js';
import { drawMonthlyChart } from '../kpi-charts.js';
import { drawTable } from '../pdf-table.js';
import { COLOURS, CONTENT_WIDTH, PAGE } from '../pdf-writer.js';
import type { ReportContext } from '../report-context.js';

/** A year of months fits the page's width with every figure readable; more are in `records`. */
const MONTHS_SHOWN = 12;

/**
 * The page of service KPIs from the company's own records (`report --records`): per month, the
 * first-response time (median and 90th percentile) against the company's commitment, the
 * resolution rate and satisfaction; then the figures over all records. Every figure is the one
 * `records --format json` gives; only formatting happens here.
 */
export function drawKpiPage({ w, lang, ui }: ReportContext, records: RecordsReport): void {
  const words = kpiText(lang);
  w.newPage();
  w.heading(words.title);
  const note = (text: string, color: string = COLOURS.muted) => w.text(text, { x: PAGE.left, width: CONTENT_WIDTH, size: 8, color });
  note(words.source(ui.list(records.files), records.rows.read, records.rows.unread));
  const promised = commitmentList(records.commitments, lang);
  note(promised.length > 0 ? words.commitments(ui.list(promised)) : words.noCommitments, promised.length > 0 ? COLOURS.ink : COLOURS.warn);
  const months = records.months.slice(-MONTHS_SHOWN);
  if (records.months.length > months.length) note(words.lastMonths(months.length, records.months.length));
  w.y += 8;

  const label = (month: string) => month.slice(2).replace('-', '/');
  const hours = (value: number) => formatNumber(value);
  const percent = (value: number) => `${formatNumber(value)}%`;
  const rate = (share: Share) => (share.rate === null ? null : share.rate * 100);
  const responseHours = records.commitments.responseHours;
  drawMonthlyChart(w, {
    title: words.responseChart,
    columns: months.map((month) => ({ label: label(month.month), values: [month.response.median, month.response.p90] })),
    series: [
      { name: words.median, colour: COLOURS.accent },
      { name: words.p90, colour: '#9bbbe3' },
    ],
    ...(responseHours !== undefined ? { reference: { value: responseHours, label: words.promised(hours(responseHours)) } } : {}),
    format: hours,
    noData: words.noData,
  });
  drawMonthlyChart(w, {
    title: words.resolutionChart,
    columns: months.map((month) => ({ label: label(month.month), values: [rate(month.resolution)] })),
    series: [{ name: words.rows.resolution, colour: COLOURS.good }],
    max: 100,
    format: percent,
    noData: words.noData,
  });
  drawMonthlyChart(w, {
    title: words.satisfactionChart,
    columns: months.map((month) => ({ label: label(month.month), values: [rate(month.satisfaction)] })),
    series: [{ name: words.rows.satisfaction, colour: COLOURS.gold }],
    max: 100,
    format: percent,
    noData: words.noData,
  });

  const all = records.overall;
  const share = (value: Share | null) => (value === null ? words.notCommitted : value.rate === null ? words.noData : words.share(percent(value.rate * 100), value.count, value.of));
  const distribution = (value: Distribution) => (value.median === null || value.p90 === null ? words.noData : words.distribution(hours(value.median), hours(value.p90)));
  // The mean is kept as a share of the scale; it is shown on the scale the export uses (3.4 / 5).
  const satisfaction =
    all.satisfaction.mean === null
      ? share(all.satisfaction)
      : `${share(all.satisfaction)}  ${words.satisfactionMean(`${formatNumber(all.satisfaction.mean * records.satisfactionScale)} / ${records.satisfactionScale}`)}`;
  w.ensureSpace(150);
  drawTable(
    w,
    [
      { title: words.kpiColumn, width: 215 },
      { title: words.overallTitle, width: 280 },
    ],
    [
      [words.rows.records, String(all.records)],
      [words.rows.response, distribution(all.response)],
      [words.rows.responseWithin, share(all.responseWithin)],
      [words.rows.onSiteWithin, share(all.onSiteWithin)],
      [words.rows.complaintsWithin, share(all.complaintsWithin)],
      [words.rows.resolution, share(all.resolution)],
      [words.rows.followUp, share(all.followUp)],
      [words.rows.satisfaction, satisfaction],
    ],
  );
  note(words.percentilesNote);
}

/** The commitments the file states, each in words. */
function commitmentList(commitments: Commitments, lang: Parameters<typeof kpiText>[0]): string[] {
  const words = kpiText(lang).commitment;
  const list: string[] = [];
  if (commitments.responseHours !== undefined) list.push(words.response(formatNumber(commitments.responseHours)));
  if (commitments.onSiteHours !== undefined) list.push(words.onSite(formatNumber(commitments.onSiteHours)));
  if (commitments.resolveHours !== undefined) list.push(words.resolve(formatNumber(commitments.resolveHours)));
  if (commitments.complaintDays !== undefined) list.push(words.complaint(formatNumber(commitments.complaintDays)));
  if (commitments.followUpDays !== undefined) list.push(words.followUp(formatNumber(commitments.followUpDays)));
  return list;
}

/** One decimal, and none for a whole number: 2, 2.5, 17.3. */
function formatNumber(value: number): string {
  const fixed = (Math.round(value * 10) / 10).toFixed(1);
  return fixed.endsWith('.0') ? fixed.slice(0, -2) : fixed;
}
