import { warning, type Diagnostic } from '../model/diagnostic.js';
import type { Commitments, RecordField, RecordsMapping, RecordsReport } from '../model/records.js';
import { loadShippedData } from '../source/load-shipped-data.js';
import { KpiAccumulator } from './kpis.js';
import { monthIndex } from './parse-time.js';
import { guessMapping, satisfiedShare } from './mapping.js';
import { readRecords, type ReadSummary } from './read-records.js';
import { proposals, sampleRecord, samplersFor, type RecordsRules } from './samples.js';

export interface AnalyseOptions {
  mapping?: RecordsMapping;
  commitments?: Commitments;
  seed: number;
  /** The indicators of the assessment's catalogue (only sampled ones that records evidence get a sample). */
  indicators: Array<{ id: string; sampled: boolean }>;
}

export function loadRecordsRules(): Promise<RecordsRules> {
  return loadShippedData<RecordsRules>('records.yaml', 'records-rules');
}

/**
 * One pass over the files: each readable record goes to the KPIs and to the samplers as it is
 * read, and nothing else of it is kept.
 */
export async function analyseRecords(files: string[], options: AnalyseOptions): Promise<{ report: RecordsReport; mapping: RecordsMapping; headers: ReadSummary['headers'] }> {
  const rules = await loadRecordsRules();
  const commitments = options.commitments ?? {};
  const samplers = samplersFor(rules, options.indicators);
  let kpis: KpiAccumulator | undefined;
  const read = await readRecords(files, {
    ...(options.mapping ? { mapping: options.mapping } : {}),
    guess: guessMapping,
    onRecord: (record) => {
      const month = monthIndex(record.received);
      kpis!.add(record, month);
      sampleRecord(samplers, options.seed, record, month);
    },
    onMapping: (mapping) => {
      kpis ??= new KpiAccumulator(commitments, satisfiedShare(mapping));
    },
  });
  kpis ??= new KpiAccumulator(commitments, 0.8);
  const { overall, months } = kpis.result();
  const report: RecordsReport = {
    format: 'gbt27922-records-report/1',
    files,
    commitments: { ...commitments, source: options.commitments ? 'assessment' : 'none' },
    rows: { read: read.read, unread: read.unread, blank: read.blank, totalRows: read.totalRows },
    satisfactionScale: read.mapping?.satisfactionScale ?? 5,
    unread: read.unreadRows,
    overall,
    months,
    samples: proposals(samplers, rules, options.seed, commitments, read.mapping ? (new Set(Object.keys(read.mapping.columns)) as Set<RecordField>) : undefined),
  };
  return { report, mapping: read.mapping!, headers: read.headers };
}

/**
 * RECORDS_ROWS_UNREAD at the first row that could not be read (file:line:column, or file and
 * sheet!cell), so the warning itself names a place; `listed` says where the rest are: below, as
 * `records` prints them, or (from `report`) in what `gbt27922 records` prints.
 */
export function unreadWarning(report: RecordsReport, listed: 'below' | 'records'): Diagnostic | undefined {
  const first = report.unread[0];
  if (report.rows.unread === 0 || first === undefined) return undefined;
  const place = first.cell !== undefined ? { cell: first.cell } : { position: { line: first.row, column: first.column ?? 1, length: 1, lineText: '' } };
  return warning(
    'RECORDS_ROWS_UNREAD',
    { count: report.rows.unread, reason: first.reason, ...(first.value !== undefined ? { value: first.value } : {}), listed, files: report.files.join(' ') },
    { file: first.file, ...place },
  );
}
