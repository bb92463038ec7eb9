import { loadAssessment } from '../../assessment/load-assessment.js';
import { isUserError, type Diagnostic } from '../../model/diagnostic.js';
import type { Lang } from '../../model/bilingual-text.js';
import type { Branding } from '../../report/branding.js';
import { writeReport } from '../../report/write-report.js';
import { scoreWithTarget } from './score-with-target.js';
import { checkEvidence } from '../../evidence/check-evidence.js';

export interface ReportSettings {
  lang: Lang;
  toolVersion: string;
  force?: boolean;
  font?: string;
  catalogue?: string;
  target?: string;
  today?: string;
  branding: Branding;
}

/** One client's report, or why it could not be made: never thrown, so a batch goes on. */
export type ReportOutcome = { ok: true; output: string; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[]; internal?: string };

/** Scores the file exactly as `score` does and draws the PDF from that one result. */
export async function reportOne(file: string, output: string, settings: ReportSettings): Promise<ReportOutcome> {
  try {
    const loaded = await loadAssessment(file, settings.catalogue ? { catalogueOverride: settings.catalogue } : {});
    if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics };
    const result = scoreWithTarget(loaded.value, settings, 'report');
    const { assessment } = loaded.value;
    // Listed in the PDF (as score lists them in its result); validate and evidence say them on standard error.
    if (assessment.evidence.length > 0) result.evidence = await checkEvidence(assessment, { hashUnrecorded: false });
    const warnings = await writeReport(result, {
      assessmentFile: file,
      output,
      lang: settings.lang,
      toolVersion: settings.toolVersion,
      branding: settings.branding,
      ...(settings.force ? { force: true } : {}),
      ...(settings.font ? { fontPath: settings.font } : {}),
    });
    return { ok: true, output, diagnostics: [...loaded.diagnostics, ...warnings] };
  } catch (cause) {
    if (isUserError(cause)) return { ok: false, diagnostics: cause.diagnostics };
    return { ok: false, diagnostics: [], internal: cause instanceof Error ? cause.message : String(cause) };
  }
}
