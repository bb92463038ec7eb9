import { stat } from 'node:fs/promises';
import { error, UserError } from '../../model/diagnostic.js';
import type { Lang } from '../../model/bilingual-text.js';
import { messages } from '../../i18n/messages.js';
import { resolveBranding } from '../../report/branding.js';
import { defaultReportPath } from '../../report/write-report.js';
import { ExitCode } from '../exit-codes.js';
import type { ColorLevel, Output } from '../output.js';
import { packageVersion } from '../../package-version.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { reportOne, type ReportSettings } from './report-one.js';

export interface ReportOptions {
  output?: string;
  force?: boolean;
  font?: string;
  catalogue?: string;
  preparedBy?: string;
  logo?: string;
  settings?: string;
  jobs?: string;
  /** Service-record exports for the KPI page; with one assessment only. */
  records?: string[];
  mapping?: string;
  /** The level to aim for, in place of each file's `target:`. */
  target?: string;
  /** The run's date: plan items due before it and not done are overdue. */
  today?: string;
  lang: Lang;
  output_: Output;
  errorColorLevel: ColorLevel;
}

/**
 * One file: its report. A folder, a pattern or several files: one report per client, in a folder
 * (-o) or beside each file, drawn in parallel where that is faster (see report-batch.ts).
 */
export async function runReport(inputs: string[], options: ReportOptions): Promise<number> {
  const branding = await resolveBranding({
    ...(options.preparedBy !== undefined ? { preparedBy: options.preparedBy } : {}),
    ...(options.logo !== undefined ? { logo: options.logo } : {}),
    ...(options.settings !== undefined ? { settings: options.settings } : {}),
  });
  const settings: ReportSettings = {
    lang: options.lang,
    toolVersion: packageVersion(),
    branding,
    ...(options.force ? { force: true } : {}),
    ...(options.font ? { font: options.font } : {}),
    ...(options.catalogue ? { catalogue: options.catalogue } : {}),
    ...(options.target !== undefined ? { target: options.target } : {}),
    ...(options.today !== undefined ? { today: options.today } : {}),
  };
  const single = inputs.length === 1 && !(await stat(inputs[0]!).catch(() => undefined))?.isDirectory() && !/[*?[\]{}]/.test(inputs[0]!);
  if (!single && (options.records?.length ?? 0) > 0) throw new UserError([error('REPORT_RECORDS_ONE_FILE', { count: inputs.length })]);
  if (options.records?.length) settings.records = { files: options.records, ...(options.mapping !== undefined ? { mapping: options.mapping } : {}) };
  if (!single) {
    const { runReportBatch } = await import('./report-batch.js');
    return runReportBatch(inputs, settings, options);
  }
  const file = inputs[0]!;
  const outcome = await reportOne(file, options.output ?? defaultReportPath(file), settings);
  if (!outcome.ok) {
    if (outcome.internal !== undefined) throw new Error(outcome.internal);
    throw new UserError(outcome.diagnostics);
  }
  printDiagnostics(outcome.diagnostics, options.lang, options.output_, options.errorColorLevel);
  options.output_.stdout(messages(options.lang).ui.written(outcome.output) + '\n');
  return ExitCode.ok;
}
