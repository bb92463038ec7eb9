import { loadAssessment } from '../../assessment/load-assessment.js';
import { error, UserError } from '../../model/diagnostic.js';
import { messages } from '../../i18n/messages.js';
import type { Lang } from '../../model/bilingual-text.js';
import { fileHead, outputTarget, samePath } from '../../source/output-target.js';
import { writeFailure, writeFileAtomic } from '../../source/write-file-atomic.js';
import { workbookBytes } from '../../spreadsheet/workbook-bytes.js';
import { ExitCode } from '../exit-codes.js';
import type { ColorLevel, Output } from '../output.js';
import { printDiagnostics } from '../print-diagnostics.js';

export interface ExportOptions {
  format: 'xlsx' | 'csv';
  output?: string;
  catalogue?: string;
  force?: boolean;
  lang: Lang;
  output_: Output;
  errorColorLevel: ColorLevel;
}

/**
 * The assessment as a workbook to send to a client (自评表): xlsx with every sheet, or csv with the
 * indicator sheet alone. A file of the same kind is replaced (last week's export); anything else
 * only with --force, and never the assessment itself.
 */
export async function runExport(file: string, options: ExportOptions): Promise<number> {
  const loaded = await loadAssessment(file, options.catalogue ? { catalogueOverride: options.catalogue } : {});
  if (!loaded.ok) throw new UserError(loaded.diagnostics);
  printDiagnostics(loaded.diagnostics, options.lang, options.output_, options.errorColorLevel);
  const output = options.output ?? file.replace(/\.ya?ml$/i, '') + `.${options.format}`;
  if (samePath(output, file)) throw new UserError([error('SHEET_OVERWRITES_INPUT', {}, { file: output })]);
  // Last week's export is replaced; any other file only with --force (the output rule of every command).
  const target = outputTarget(output, {
    input: file,
    isOurs: (existing) => (options.format === 'xlsx' ? fileHead(existing, 2) === 'PK' : /\.csv$/i.test(existing)),
    ...(options.force ? { force: true } : {}),
  });

  const data = await workbookBytes(loaded.value, options.format, options.lang);
  try {
    await writeFileAtomic(target, data);
  } catch (cause) {
    throw new UserError([writeFailure(cause, output)]);
  }
  options.output_.stdout(messages(options.lang).ui.written(output) + '\n');
  return ExitCode.ok;
}
