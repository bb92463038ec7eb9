import { closeSync, existsSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { error, UserError, type Diagnostic } from '../model/diagnostic.js';
import type { Lang } from '../model/bilingual-text.js';
import type { Result } from '../model/result.js';
import { writeFailure, writeFileAtomic } from '../source/write-file-atomic.js';
import { estimateAuditEffort, loadAuditEffortTable } from './audit-effort.js';
import { renderPdf } from './pdf/render-pdf.js';

export interface WriteReportOptions {
  assessmentFile: string;
  output: string;
  /** Overwrite a file that is not a PDF (a PDF report is simply replaced). */
  force?: boolean;
  lang: Lang;
  fontPath?: string;
  toolVersion: string;
}

/** Renders the PDF for a scored assessment and writes it, refusing to overwrite the assessment. */
export async function writeReport(result: Result, options: WriteReportOptions): Promise<Diagnostic[]> {
  if (samePath(options.output, options.assessmentFile)) {
    throw new UserError([error('REPORT_OVERWRITES_INPUT', {}, { file: options.output })]);
  }
  // Replacing last month's report is the point; replacing someone's spreadsheet by a typo is not.
  if (!options.force && existsSync(options.output) && !isPdf(options.output)) {
    throw new UserError([error('OUTPUT_EXISTS', {}, { file: options.output })]);
  }
  const effort = estimateAuditEffort(await loadAuditEffortTable(), result.company.employees, result.company.outlets);
  const { pdf, diagnostics } = await renderPdf(result, {
    lang: options.lang,
    effort,
    toolVersion: options.toolVersion,
    ...(options.fontPath ? { fontPath: options.fontPath } : {}),
  });
  try {
    await writeFileAtomic(options.output, pdf);
  } catch (cause) {
    throw new UserError([writeFailure(cause, options.output)]);
  }
  return diagnostics;
}

function isPdf(file: string): boolean {
  try {
    const handle = openSync(file, 'r');
    try {
      const head = Buffer.alloc(5);
      readSync(handle, head, 0, 5, 0);
      return head.toString('latin1') === '%PDF-';
    } finally {
      closeSync(handle);
    }
  } catch {
    return false; // a folder or an unreadable file is not a report to replace
  }
}

/** Same file, however it is spelt: relative or absolute, through a link, in another case on Windows. */
export function samePath(a: string, b: string): boolean {
  const resolve = (file: string) => {
    try {
      return realpathSync(file);
    } catch {
      return path.resolve(file);
    }
  };
  const left = resolve(a);
  const right = resolve(b);
  return process.platform === 'win32' || process.platform === 'darwin' ? left.toLowerCase() === right.toLowerCase() : left === right;
}

export function defaultReportPath(assessmentFile: string): string {
  return assessmentFile.replace(/\.ya?ml$/i, '') + '.report.pdf';
}
