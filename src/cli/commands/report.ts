import { loadAssessment } from '../../assessment/load-assessment.js';
import { UserError } from '../../model/diagnostic.js';
import type { Lang } from '../../model/bilingual-text.js';
import { messages } from '../../i18n/messages.js';
import { defaultReportPath, writeReport } from '../../report/write-report.js';
import { scoreAssessment } from '../../scoring/score-assessment.js';
import { ExitCode } from '../exit-codes.js';
import type { ColorLevel, Output } from '../output.js';
import { packageVersion } from '../../package-version.js';
import { printDiagnostics } from '../print-diagnostics.js';

export interface ReportOptions {
  output?: string;
  force?: boolean;
  font?: string;
  catalogue?: string;
  lang: Lang;
  output_: Output;
  errorColorLevel: ColorLevel;
}

/** Scores the file exactly as `score` does and draws the PDF from that one result. */
export async function runReport(file: string, options: ReportOptions): Promise<number> {
  const loaded = await loadAssessment(file, options.catalogue ? { catalogueOverride: options.catalogue } : {});
  if (!loaded.ok) throw new UserError(loaded.diagnostics);
  printDiagnostics(loaded.diagnostics, options.lang, options.output_, options.errorColorLevel);
  const result = scoreAssessment(loaded.value);
  const output = options.output ?? defaultReportPath(file);
  const warnings = await writeReport(result, {
    assessmentFile: file,
    output,
    lang: options.lang,
    toolVersion: packageVersion(),
    ...(options.force ? { force: true } : {}),
    ...(options.font ? { fontPath: options.font } : {}),
  });
  printDiagnostics(warnings, options.lang, options.output_, options.errorColorLevel);
  options.output_.stdout(messages(options.lang).ui.written(output) + '\n');
  return ExitCode.ok;
}
