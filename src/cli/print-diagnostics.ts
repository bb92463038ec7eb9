import type { Diagnostic } from '../model/diagnostic.js';
import { formatDiagnostic } from '../report/format-diagnostic.js';
import type { Lang } from '../model/bilingual-text.js';
import type { ColorLevel, Output } from './output.js';

/** Diagnostics go to standard error, so standard output stays a clean result for pipes and CI. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], lang: Lang, output: Output, level: ColorLevel): void {
  for (const diagnostic of diagnostics) output.stderr(formatDiagnostic(diagnostic, lang, level, output.stderrColumns) + '\n');
}
