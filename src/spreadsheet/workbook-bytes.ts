import type { Lang } from '../model/bilingual-text.js';
import type { LoadedAssessment } from '../model/assessment.js';
import { packageVersion } from '../package-version.js';
import { scoreAssessment } from '../scoring/score-assessment.js';
import { buildWorkbook } from './build-workbook.js';
import type { SheetExtras } from './sheet-extras.js';
import { writeCsv } from './write-csv.js';
import { writeXlsx } from './write-xlsx.js';

/** The workbook's bytes, for a file or (gbt27922 serve) a download. */
export async function workbookBytes(loaded: LoadedAssessment, format: 'xlsx' | 'csv', lang: Lang): Promise<Uint8Array | string> {
  const { assessment } = loaded;
  const extras: SheetExtras = { plan: assessment.plan, ...(assessment.target ? { target: assessment.target } : {}), ...(assessment.auditDate ? { auditDate: assessment.auditDate } : {}) };
  const workbook = buildWorkbook({ ...loaded, extras, result: scoreAssessment(loaded), lang, toolVersion: packageVersion() });
  return format === 'xlsx' ? writeXlsx(workbook) : writeCsv(workbook.sheets.find((sheet) => sheet.role === 'indicators')!);
}
