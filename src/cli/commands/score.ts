import { loadAssessment } from '../../assessment/load-assessment.js';
import { error } from '../../diagnostics/diagnostic.js';
import { messages } from '../../i18n/messages.js';
import type { Lang } from '../../i18n/text.js';
import { renderJson } from '../../report/render-json.js';
import { renderMarkdown } from '../../report/render-markdown.js';
import { renderTerminal } from '../../report/render-terminal.js';
import type { Result } from '../../scoring/result-types.js';
import { scoreAssessment } from '../../scoring/score-assessment.js';
import { Rational } from '../../scoring/rational.js';
import { ExitCode } from '../exit-codes.js';
import { printDiagnostics } from '../print-diagnostics.js';
import type { Output } from '../output.js';

export interface ScoreOptions {
  format: 'terminal' | 'json' | 'markdown';
  minLevel?: string;
  catalogue?: string;
  lang: Lang;
  colorLevel: 0 | 1 | 2 | 3;
  output: Output;
}

/** Scores each file; the worst exit code wins, so CI fails if any file is invalid or short. */
export async function runScore(files: string[], options: ScoreOptions): Promise<number> {
  const results: Result[] = [];
  const invalid: Array<{ file: string; errors: Array<{ code: string; message: string; line?: number; column?: number }> }> = [];
  let exitCode: number = ExitCode.ok;
  const words = messages(options.lang);

  for (const file of files) {
    const loaded = await loadAssessment(file, options.catalogue ? { catalogueOverride: options.catalogue } : {});
    printDiagnostics(loaded.diagnostics, options.lang, options.output);
    if (!loaded.ok) {
      exitCode = Math.max(exitCode, ExitCode.invalidInput);
      invalid.push({
        file,
        errors: loaded.diagnostics
          .filter((d) => d.severity === 'error')
          .map((d) => ({ code: d.code, message: words.errors[d.code].message(d.params), line: d.position?.line, column: d.position?.column })),
      });
      continue;
    }
    const result = scoreAssessment(loaded.value);
    results.push(result);
    if (options.minLevel !== undefined) {
      const verdict = meetsLevel(result, options.minLevel);
      if (verdict === 'unknown-level') {
        printDiagnostics(
          [error('USAGE', { detail: `--min-level ${options.minLevel}: ${result.levels.map((level) => level.id).join(', ')}` })],
          options.lang,
          options.output,
        );
        return ExitCode.invalidInput;
      }
      if (verdict === 'short') {
        exitCode = Math.max(exitCode, ExitCode.belowTarget);
        options.output.stderr(words.ui.belowMinLevel(file, options.minLevel) + '\n');
      }
    }
  }

  writeResults(results, invalid, options);
  return exitCode;
}

/** A failed assessment falls short of every level; otherwise the score decides, exactly. */
function meetsLevel(result: Result, levelId: string): 'meets' | 'short' | 'unknown-level' {
  const level = result.levels.find((candidate) => candidate.id === levelId);
  if (!level) return 'unknown-level';
  if (result.failed) return 'short';
  return result.score.gte(Rational.fromDecimal(level.threshold)) ? 'meets' : 'short';
}

function writeResults(results: Result[], invalid: Array<{ file: string; errors: unknown[] }>, options: ScoreOptions): void {
  const { output, lang } = options;
  switch (options.format) {
    case 'json': {
      const all = [...results, ...invalid.map((entry) => ({ schemaVersion: 1, ...entry }))];
      if (all.length === 0) return;
      output.stdout(renderJson(all as Result[]));
      return;
    }
    case 'markdown':
      output.stdout(results.map((result) => renderMarkdown(result, lang)).join('\n---\n\n'));
      return;
    case 'terminal':
      output.stdout(results.map((result) => renderTerminal(result, { lang, colorLevel: options.colorLevel })).join('\n'));
  }
}
