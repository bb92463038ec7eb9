import { UserError, type Diagnostic } from '../model/diagnostic.js';
import type { Lang } from '../model/bilingual-text.js';
import type { Result } from '../model/result.js';
import { fileHead, outputTarget } from '../source/output-target.js';
import { writeFailure, writeFileAtomic } from '../source/write-file-atomic.js';
import { estimateAuditEffort, loadAuditEffortTable } from './audit-effort.js';
import { renderPdf } from './pdf/render-pdf.js';
import { loadTimeline } from '../plan/timeline.js';
import type { Branding } from './branding.js';

export interface WriteReportOptions {
  assessmentFile: string;
  output: string;
  /** Overwrite a file that is not a PDF (a PDF report is simply replaced). */
  force?: boolean;
  lang: Lang;
  fontPath?: string;
  toolVersion: string;
  branding?: Branding;
}

/** Renders the PDF for a scored assessment and writes it, refusing to overwrite the assessment. */
export async function writeReport(result: Result, options: WriteReportOptions): Promise<Diagnostic[]> {
  // Replacing last month's report is the point; replacing someone's spreadsheet by a typo is not.
  const target = outputTarget(options.output, { input: options.assessmentFile, isOurs: isPdf, ...(options.force ? { force: true } : {}) });
  const { pdf, diagnostics } = await reportPdf(result, options);
  try {
    await writeFileAtomic(target, pdf);
  } catch (cause) {
    throw new UserError([writeFailure(cause, options.output)]);
  }
  return diagnostics;
}

/** The report's bytes, for a file or (gbt27922 serve) a download. */
export async function reportPdf(result: Result, options: Pick<WriteReportOptions, 'lang' | 'toolVersion' | 'fontPath' | 'branding'>): Promise<{ pdf: Uint8Array; diagnostics: Diagnostic[] }> {
  const effort = estimateAuditEffort(await loadAuditEffortTable(), result.company.employees, result.company.outlets);
  return renderPdf(result, {
    lang: options.lang,
    effort,
    toolVersion: options.toolVersion,
    timeline: await loadTimeline(),
    ...(options.branding ? { branding: options.branding } : {}),
    ...(options.fontPath ? { fontPath: options.fontPath } : {}),
  });
}

/** A PDF report of ours (or anyone's): replaced without --force, as last month's report is. */
function isPdf(file: string): boolean {
  return fileHead(file, 5) === '%PDF-';
}

export function defaultReportPath(assessmentFile: string): string {
  return assessmentFile.replace(/\.ya?ml$/i, '') + '.report.pdf';
}
