import { Chalk } from 'chalk';
import { recordsText, type RecordsText } from '../i18n/records-text.js';
import { unreadReasons } from '../i18n/unread-reasons.js';
import { punctuation } from '../i18n/punctuation.js';
import { safeData } from '../i18n/safe-text.js';
import type { Lang } from '../model/bilingual-text.js';
import { SERVICE_TYPES, type Commitments, type Distribution, type KpiSet, type RecordsReport, type SampledRecord, type SampleProposal, type Share, type UnreadRow } from '../model/records.js';
import { escapeMarkdown } from './render-markdown.js';
import { terminalTable } from './terminal-table.js';
import { wrapText } from './wrap-text.js';

/** Titles of the rules' indicators, in the user's language (from the shipped rules). */
export type RuleTitles = Record<string, { zh: string; en: string }>;

/** How many unread rows a terminal shows (JSON lists up to 1000, and all are counted). */
const UNREAD_SHOWN = 20;

const hours = (value: number | null, w: RecordsText) => (value === null ? w.none : w.hours(value.toFixed(1)));
const percent = (rate: number | null, w: RecordsText) => (rate === null ? w.none : `${(rate * 100).toFixed(1)}%`);
const shareText = (share: Share | null, w: RecordsText) => (share === null || share.rate === null ? w.none : w.share(percent(share.rate, w), share.count, share.of));

export function commitmentParts(c: Commitments, w: RecordsText): string[] {
  const parts: string[] = [];
  if (c.responseHours !== undefined) parts.push(w.commitment.responseHours(c.responseHours));
  if (c.onSiteHours !== undefined) parts.push(w.commitment.onSiteHours(c.onSiteHours));
  if (c.resolveHours !== undefined) parts.push(w.commitment.resolveHours(c.resolveHours));
  if (c.complaintDays !== undefined) parts.push(w.commitment.complaintDays(c.complaintDays));
  if (c.followUpDays !== undefined) parts.push(w.commitment.followUpDays(c.followUpDays));
  return parts;
}

/** The rows of the overall KPI table: label, value, median, 90th percentile. */
export function kpiRows(k: KpiSet, w: RecordsText, scale = 5): string[][] {
  const duration = (label: string, d: Distribution) => [label, String(d.count), hours(d.median, w), hours(d.p90, w)];
  return [
    [w.kpi.records, String(k.records), '', ''],
    duration(w.kpi.response, k.response),
    duration(w.kpi.onSite, k.onSite),
    duration(w.kpi.resolve, k.resolve),
    [w.kpi.resolution, shareText(k.resolution, w), '', ''],
    [w.kpi.followUp, shareText(k.followUp, w), '', ''],
    [w.kpi.responseWithin, shareText(k.responseWithin, w), '', ''],
    [w.kpi.onSiteWithin, shareText(k.onSiteWithin, w), '', ''],
    [w.kpi.complaintsWithin, shareText(k.complaintsWithin, w), '', ''],
    [w.kpi.satisfaction, shareText(k.satisfaction, w), '', ''],
    [w.kpi.satisfactionMean, k.satisfaction.mean === null ? w.none : `${(k.satisfaction.mean * scale).toFixed(2)} / ${scale}`, '', ''],
  ];
}

/** The month table: one row a month, the KPIs that fit 80 columns. */
export function monthRows(report: RecordsReport, w: RecordsText): string[][] {
  return report.months.map((m) => [
    m.month,
    String(m.records),
    m.response.median === null ? w.none : m.response.median.toFixed(1),
    percent(m.onSiteWithin?.rate ?? null, w),
    percent(m.resolution.rate, w),
    percent(m.followUp.rate, w),
    percent(m.complaintsWithin?.rate ?? null, w),
    percent(m.satisfaction.rate, w),
  ]);
}

function monthHead(w: RecordsText): string[] {
  const c = w.columns;
  return [c.month, c.records, c.response, c.onSite, c.resolution, c.followUp, c.complaints, c.satisfied];
}

/** Where an unread row is: file:line:column in a csv file, file sheet!cell in an xlsx file (as Excel's Name Box takes it). */
export function unreadWhere(row: UnreadRow): string {
  if (row.cell !== undefined) return `${row.file} ${row.cell}`;
  return row.column !== undefined ? `${row.file}:${row.row}:${row.column}` : `${row.file}:${row.row}`;
}

/** Where a sampled record is: file:line in a csv file, file sheet!cell of its ticket id in an xlsx file. */
export function sampleWhere(sample: SampledRecord): string {
  return sample.cell !== undefined ? `${sample.file} ${sample.cell}` : `${sample.file}:${sample.row}`;
}

/** The service types a proposal samples, in words. */
function typesText(p: SampleProposal, w: RecordsText): string[] {
  return p.types.map((type) => w.types[type]);
}

/** The fields a proposal could not check, in words. */
function uncheckedText(p: SampleProposal, w: RecordsText, lang: Lang): string {
  return punctuation(lang).list((p.unchecked ?? []).map((field) => w.fields[field]));
}

export function proposedText(p: SampleProposal): string {
  return `${p.conforming}/${p.size}`;
}

function typesLine(k: KpiSet, w: RecordsText, lang: Lang): string {
  const list = SERVICE_TYPES.filter((type) => k.byType[type] > 0).map((type) => `${w.types[type]} ${k.byType[type]}`);
  return `${w.byType}${punctuation(lang).colon}${punctuation(lang).list(list)}`;
}

export function renderRecordsTerminal(input: RecordsReport, titles: RuleTitles, lang: Lang, colorLevel: 0 | 1 | 2 | 3, width = 80): string {
  const report = safeData(input);
  const w = recordsText(lang);
  const c = new Chalk({ level: colorLevel });
  const colon = punctuation(lang).colon;
  const out: string[] = [];
  out.push(c.bold(`${w.title}${colon}${report.files.join(', ')}`));
  out.push(wrapText(w.rowsLine(report.rows), width));
  const parts = commitmentParts(report.commitments, w);
  out.push(wrapText(parts.length > 0 ? w.commitments(parts) : w.noCommitments, width));
  out.push('', c.bold(w.overallTitle), wrapText(typesLine(report.overall, w, lang), width));
  out.push(terminalTable([w.columns.kpi, w.columns.value, w.columns.median, w.columns.p90], kpiRows(report.overall, w, report.satisfactionScale), c));
  out.push(wrapText(w.percentileNote, width));
  if (report.months.length > 0) {
    out.push('', c.bold(wrapText(w.monthsTitle, width)));
    out.push(terminalTable(monthHead(w), monthRows(report, w), c));
  }
  out.push('', c.bold(w.samplesTitle));
  if (report.samples.length === 0) out.push(w.noSamples);
  for (const proposal of report.samples) {
    const title = titles[proposal.rule]?.[lang] ?? proposal.rule;
    if (proposal.size === 0) {
      out.push(wrapText(w.noPopulation({ indicator: proposal.indicator, title, types: typesText(proposal, w) }), width));
      continue;
    }
    out.push(wrapText(w.sampleLine({ indicator: proposal.indicator, title, proposed: c.bold(proposedText(proposal)), population: proposal.population, seed: proposal.seed }), width));
    if (proposal.unchecked) out.push(indent(wrapText(c.yellow(w.unchecked(uncheckedText(proposal, w, lang))), width - 2)));
    const bad = proposal.samples.filter((s) => !s.conforms);
    if (bad.length > 0) {
      const list = bad.map((s) => `${s.id}${punctuation(lang).paren(punctuation(lang).list(s.findings.map((f) => w.findings[f])))}`);
      out.push(indent(wrapText(`${c.yellow('✗')} ${punctuation(lang).list(list)}`, width - 2)));
    }
    out.push(indent(wrapText(`${w.sampleColumns.id}${colon}${proposal.samples.map((s) => s.id).join(' ')}`, width - 2)));
  }
  if (report.samples.length > 0) out.push(wrapText(w.sizeNote, width));
  if (report.rows.unread > 0) {
    out.push('', c.bold(w.unreadTitle(report.rows.unread, Math.min(report.unread.length, UNREAD_SHOWN))));
    for (const row of report.unread.slice(0, UNREAD_SHOWN)) {
      out.push(`  ${unreadWhere(row)}  ${unreadReasons(lang)[row.reason]}${row.value !== undefined ? `${colon}${row.value}` : ''}`);
    }
  }
  return out.join('\n') + '\n';
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

export function renderRecordsMarkdown(input: RecordsReport, titles: RuleTitles, lang: Lang): string {
  const report = safeData(input);
  const w = recordsText(lang);
  const md = (text: string) => escapeMarkdown(text);
  const table = (head: string[], rows: string[][]) =>
    [`| ${head.map(md).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(md).join(' | ')} |`)].join('\n');
  const out: string[] = [`## ${md(w.title)}`, '', md(w.rowsLine(report.rows)), ''];
  const parts = commitmentParts(report.commitments, w);
  out.push(md(parts.length > 0 ? w.commitments(parts) : w.noCommitments), '');
  out.push(`### ${md(w.overallTitle)}`, '', md(typesLine(report.overall, w, lang)), '');
  out.push(table([w.columns.kpi, w.columns.value, w.columns.median, w.columns.p90], kpiRows(report.overall, w, report.satisfactionScale)), '', md(w.percentileNote), '');
  if (report.months.length > 0) out.push(`### ${md(w.monthsTitle)}`, '', table(monthHead(w), monthRows(report, w)), '');
  out.push(`### ${md(w.samplesTitle)}`, '');
  if (report.samples.length === 0) out.push(md(w.noSamples), '');
  for (const proposal of report.samples) {
    const title = titles[proposal.rule]?.[lang] ?? proposal.rule;
    if (proposal.size === 0) {
      out.push(`#### ${md(w.noPopulation({ indicator: proposal.indicator, title, types: typesText(proposal, w) }))}`, '');
      continue;
    }
    out.push(`#### ${md(w.sampleLine({ indicator: proposal.indicator, title, proposed: proposedText(proposal), population: proposal.population, seed: proposal.seed }))}`, '');
    if (proposal.unchecked) out.push(md(w.unchecked(uncheckedText(proposal, w, lang))), '');
    out.push(
      table(
        [w.sampleColumns.id, w.sampleColumns.month, w.sampleColumns.where, w.sampleColumns.result],
        proposal.samples.map((s) => [s.id, s.month, sampleWhere(s), s.conforms ? w.conforms : punctuation(lang).list(s.findings.map((f) => w.findings[f]))]),
      ),
      '',
    );
  }
  if (report.samples.length > 0) out.push(md(w.sizeNote), '');
  if (report.rows.unread > 0) {
    out.push(`### ${md(w.unreadTitle(report.rows.unread, report.unread.length))}`, '');
    out.push(
      table(
        [w.sampleColumns.where, w.sampleColumns.reason],
        report.unread.map((row) => [unreadWhere(row), `${unreadReasons(lang)[row.reason]}${row.value !== undefined ? `${punctuation(lang).colon}${row.value}` : ''}`]),
      ),
      '',
    );
  }
  return out.join('\n');
}
