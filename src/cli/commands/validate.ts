import { loadAssessment } from '../../assessment/load-assessment.js';
import { loadCatalogue } from '../../catalogue/load-catalogue.js';
import { loadApplicationRequirements } from '../../certification/load-application.js';
import { loadProfile } from '../../certification/load-profile.js';
import type { Lang } from '../../model/bilingual-text.js';
import { messages } from '../../i18n/messages.js';
import { readSource } from '../../source/read-source.js';
import { error, hasErrors, notice, warning } from '../../model/diagnostic.js';
import { checkEvidence } from '../../evidence/check-evidence.js';
import { evidenceDiagnostics } from '../../evidence/evidence-diagnostics.js';
import { ExitCode } from '../exit-codes.js';
import { expandInputs } from '../expand-inputs.js';
import { printDiagnostics } from '../print-diagnostics.js';
import type { ColorLevel, Output } from '../output.js';

export interface ValidateOptions {
  catalogue?: string;
  /** Missing, changed or outside evidence is an error, not a warning. */
  strictEvidence?: boolean;
  lang: Lang;
  output: Output;
  errorColorLevel: ColorLevel;
}

/**
 * Checks assessment and catalogue files without scoring them. A file whose `format:` line names a
 * catalogue is checked as one; anything else as an assessment, so its errors speak of assessments.
 */
export async function runValidate(inputs: string[], options: ValidateOptions): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const { files, empty, passedOver, unreadable } = await expandInputs(inputs);
  if (unreadable.length > 0) printDiagnostics([warning('FOLDER_UNREADABLE', { count: unreadable.length, folders: unreadable.join(', ') })], options.lang, options.output, options.errorColorLevel);
  if (passedOver.length > 0) printDiagnostics([notice('PASSED_OVER', { count: passedOver.length, files: passedOver.join(', ') })], options.lang, options.output, options.errorColorLevel);
  if (empty.length > 0) {
    printDiagnostics(
      empty.map((pattern) => error('NO_FILES', { pattern })),
      options.lang,
      options.output,
      options.errorColorLevel,
    );
    exitCode = ExitCode.invalidInput;
  }
  for (const file of files) {
    const kind = await fileKind(file);
    const loaded =
      kind === 'catalogue'
        ? await loadCatalogue(file)
        : kind === 'profile'
          ? await loadProfile(file, await loadApplicationRequirements())
          : await loadAssessment(file, options.catalogue ? { catalogueOverride: options.catalogue } : {});
    const diagnostics = [...loaded.diagnostics];
    if (loaded.ok && 'assessment' in loaded.value) {
      const { assessment } = loaded.value;
      diagnostics.push(...(await evidenceDiagnostics(file, assessment.evidence, await checkEvidence(assessment), options.strictEvidence)));
    }
    printDiagnostics(diagnostics, options.lang, options.output, options.errorColorLevel);
    if (loaded.ok && !hasErrors(diagnostics)) options.output.stdout(messages(options.lang).ui.valid(file) + '\n');
    else exitCode = ExitCode.invalidInput;
  }
  return exitCode;
}

/** A file whose `format:` line names a catalogue or a body profile is checked as one; anything else as an assessment. */
async function fileKind(file: string): Promise<'catalogue' | 'profile' | 'assessment'> {
  const source = await readSource(file);
  // YAML (`format: gbt27922-catalogue/1`) or JSON (`"format": "gbt27922-catalogue/1"`).
  const format = source.ok ? /(?:^|[{,\s])["']?format["']?\s*:\s*["']?gbt27922-(catalogue|profile)\//m.exec(source.value.text) : null;
  return (format?.[1] as 'catalogue' | 'profile' | undefined) ?? 'assessment';
}
