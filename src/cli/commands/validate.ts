import { loadAssessment } from '../../assessment/load-assessment.js';
import { loadCatalogue } from '../../catalogue/load-catalogue.js';
import type { Lang } from '../../i18n/text.js';
import { messages } from '../../i18n/messages.js';
import { readSource } from '../../source/read-source.js';
import { ExitCode } from '../exit-codes.js';
import { printDiagnostics } from '../print-diagnostics.js';
import type { Output } from '../output.js';

export interface ValidateOptions {
  catalogue?: string;
  lang: Lang;
  output: Output;
}

/**
 * Checks assessment and catalogue files without scoring them. A file whose `format:` line names a
 * catalogue is checked as one; anything else as an assessment, so its errors speak of assessments.
 */
export async function runValidate(files: string[], options: ValidateOptions): Promise<number> {
  let exitCode: number = ExitCode.ok;
  for (const file of files) {
    const loaded = (await isCatalogueFile(file))
      ? await loadCatalogue(file)
      : await loadAssessment(file, options.catalogue ? { catalogueOverride: options.catalogue } : {});
    printDiagnostics(loaded.diagnostics, options.lang, options.output);
    if (loaded.ok) options.output.stdout(messages(options.lang).ui.valid(file) + '\n');
    else exitCode = ExitCode.invalidInput;
  }
  return exitCode;
}

async function isCatalogueFile(file: string): Promise<boolean> {
  const source = await readSource(file);
  return source.ok && /^format:\s*["']?gbt27922-catalogue\//m.test(source.value.text);
}
