import { loadAssessment } from '../../assessment/load-assessment.js';
import { sameIndicators } from '../../catalogue/catalogue-mapping.js';
import { compareResults } from '../../compare/compare-results.js';
import { UserError } from '../../model/diagnostic.js';
import type { Lang } from '../../model/bilingual-text.js';
import { jsonText } from '../../report/formats/json.js';
import { renderComparisonMarkdown, renderComparisonTerminal } from '../../report/render-comparison.js';
import type { Result } from '../../model/result.js';
import { scoreWithTarget } from './score-with-target.js';
import { ExitCode } from '../exit-codes.js';
import type { ColorLevel, Output } from '../output.js';
import { printDiagnostics } from '../print-diagnostics.js';

export interface DiffOptions {
  format: 'terminal' | 'json' | 'markdown';
  target?: string;
  today?: string;
  lang: Lang;
  colorLevel: ColorLevel;
  errorColorLevel: ColorLevel;
  output: Output;
}

/** What moved between two assessments of the same company. Informational: exit 0 whatever moved. */
export async function runDiff(oldFile: string, newFile: string, options: DiffOptions): Promise<number> {
  const before = await scored(oldFile, options);
  const after = await scored(newFile, options);
  const same = before.catalogue.id === after.catalogue.id ? undefined : await sameIndicators(before.catalogue.id, after.catalogue.id);
  const comparison = compareResults(before, after, same);
  const text =
    options.format === 'json'
      ? jsonText(comparison, 2) + '\n'
      : options.format === 'markdown'
        ? renderComparisonMarkdown(comparison, before, after, options.lang)
        : renderComparisonTerminal(comparison, before, after, options.lang, options.colorLevel);
  options.output.stdout(text);
  return ExitCode.ok;
}

async function scored(file: string, options: DiffOptions): Promise<Result> {
  const loaded = await loadAssessment(file);
  if (!loaded.ok) throw new UserError(loaded.diagnostics);
  printDiagnostics(loaded.diagnostics, options.lang, options.output, options.errorColorLevel);
  return scoreWithTarget(loaded.value, options, 'diff');
}
