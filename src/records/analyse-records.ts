import type { Commitments, RecordsMapping, RecordsReport } from '../model/records.js';
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
    samples: proposals(samplers, rules, options.seed, commitments),
  };
  return { report, mapping: read.mapping!, headers: read.headers };
}
