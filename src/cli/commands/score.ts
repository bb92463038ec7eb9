import { loadAssessment } from '../../assessment/load-assessment.js';
import { error, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { messages } from '../../i18n/messages.js';
import type { Lang } from '../../i18n/text.js';
import { renderJson } from '../../report/render-json.js';
import { renderMarkdown } from '../../report/render-markdown.js';
import { renderTerminal } from '../../report/render-terminal.js';
import type { Result } from '../../scoring/result-types.js';
import { scoreAssessment } from '../../scoring/score-assessment.js';
import { ExitCode } from '../exit-codes.js';
import type { Output } from '../output.js';
import { printDiagnostics } from '../print-diagnostics.js';

export interface ScoreOptions {
  format: 'terminal' | 'json' | 'markdown';
  minLevel?: string;
  catalogue?: string;
  lang: Lang;
  colorLevel: 0 | 1 | 2 | 3;
  output: Output;
}

/** A file that could not be scored, as the JSON output reports it. */
interface Unscored {
  schemaVersion: 1;
  file: string;
  errors: Array<{ code: string; message: string; line?: number; column?: number }>;
}

/** Scores each file; the worst exit code wins, so CI fails if any file is invalid or short. */
export async function runScore(files: string[], options: ScoreOptions): Promise<number> {
  const entries: Array<Result | Unscored> = [];
  let exitCode: number = ExitCode.ok;
  const words = messages(options.lang);

  for (const file of files) {
    const loaded = await loadAssessment(file, options.catalogue ? { catalogueOverride: options.catalogue } : {});
    printDiagnostics(loaded.diagnostics, options.lang, options.output);
    if (!loaded.ok) {
      exitCode = Math.max(exitCode, ExitCode.invalidInput);
      entries.push(unscored(file, loaded.diagnostics, options.lang));
      continue;
    }
    const result = scoreAssessment(loaded.value);
    entries.push(result);
    if (options.minLevel === undefined) continue;
    const verdict = meetsLevel(result, options.minLevel);
    if (verdict === 'unknown-level') {
      const problem = error('LEVEL_NOT_IN_CATALOGUE', { level: options.minLevel, levels: result.levels.map((level) => level.id).join(', ') }, { file });
      printDiagnostics([problem], options.lang, options.output);
      exitCode = Math.max(exitCode, ExitCode.invalidInput);
    } else if (verdict === 'short') {
      exitCode = Math.max(exitCode, ExitCode.belowTarget);
      options.output.stderr(words.ui.belowMinLevel(file, options.minLevel) + '\n');
    }
  }

  writeResults(entries, options);
  return exitCode;
}

/** Decided by scoring alone: the level a certification would carry (none when failed) against the one asked for. */
function meetsLevel(result: Result, levelId: string): 'meets' | 'short' | 'unknown-level' {
  const order = result.levels.map((level) => level.id);
  const wanted = order.indexOf(levelId);
  if (wanted === -1) return 'unknown-level';
  const reached = result.certifiableLevel === null ? -1 : order.indexOf(result.certifiableLevel);
  return reached >= wanted ? 'meets' : 'short';
}

function unscored(file: string, diagnostics: Diagnostic[], lang: Lang): Unscored {
  const words = messages(lang);
  return {
    schemaVersion: 1,
    file,
    errors: diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => ({ code: d.code, message: words.errors[d.code].message(d.params), line: d.position?.line, column: d.position?.column })),
  };
}

/** In the order the files were given; a file that could not be scored appears only in JSON. */
function writeResults(entries: Array<Result | Unscored>, options: ScoreOptions): void {
  const { output, lang } = options;
  const results = entries.filter((entry): entry is Result => 'score' in entry);
  switch (options.format) {
    case 'json':
      if (entries.length > 0) output.stdout(renderJson(entries as Result[]));
      return;
    case 'markdown':
      output.stdout(results.map((result) => renderMarkdown(result, lang)).join('\n---\n\n'));
      return;
    case 'terminal':
      output.stdout(results.map((result) => renderTerminal(result, { lang, colorLevel: options.colorLevel })).join('\n'));
  }
}
