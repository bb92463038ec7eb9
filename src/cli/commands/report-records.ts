import { readFile } from 'node:fs/promises';
import { recordsText } from '../../i18n/records-text.js';
import type { LoadedAssessment } from '../../model/assessment.js';
import { notice, type Diagnostic } from '../../model/diagnostic.js';
import type { RecordsMapping, RecordsReport } from '../../model/records.js';
import { analyseRecords, unreadWarning } from '../../records/analyse-records.js';
import { loadMapping } from '../../records/mapping.js';
import { fileHead } from '../../source/output-target.js';
import type { Lang } from '../../model/bilingual-text.js';

/** What `report --records` names: the exports (or one saved `records --format json`) and their mapping. */
export interface ReportRecords {
  files: string[];
  mapping?: string;
}

/**
 * The KPIs the report's page draws: a saved `records --format json` as it is, or the exports read
 * as `records` reads them, against the commitments of the assessment being reported.
 */
export async function recordsForReport(spec: ReportRecords, loaded: LoadedAssessment, lang: Lang): Promise<{ report: RecordsReport; diagnostics: Diagnostic[] }> {
  if (spec.files.length === 1 && isRecordsReport(spec.files[0]!)) return { report: JSON.parse(await readFile(spec.files[0]!, 'utf8')) as RecordsReport, diagnostics: [] };
  const mapping: RecordsMapping | undefined = spec.mapping !== undefined ? await loadMapping(spec.mapping) : undefined;
  const { commitments } = loaded.assessment;
  const { report, mapping: used } = await analyseRecords(spec.files, {
    ...(mapping ? { mapping } : {}),
    ...(commitments ? { commitments } : {}),
    seed: 1,
    indicators: loaded.catalogue.indicatorList,
  });
  const diagnostics: Diagnostic[] = [];
  if (!mapping) {
    const words = recordsText(lang);
    diagnostics.push(
      notice('RECORDS_MAPPING_GUESSED', {
        columns: Object.entries(used.columns)
          .map(([field, name]) => `${words.fields[field as keyof typeof words.fields]}=${name}`)
          .join(', '),
      }),
    );
  }
  const unread = unreadWarning(report, 'records');
  if (unread) diagnostics.push(unread);
  return { report, diagnostics };
}

/** The JSON `records --format json` writes (its format line near the top). */
function isRecordsReport(file: string): boolean {
  return /^\s*\{\s*"format"\s*:\s*"gbt27922-records-report\//.test(fileHead(file, 200));
}
