import { loadAssessment } from '../../assessment/load-assessment.js';
import { error, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../../diagnostics/format-diagnostic.js';
import { messages } from '../../i18n/messages.js';
import type { Lang } from '../../i18n/text.js';
import { renderMarkdown } from '../../report/render-markdown.js';
import { renderTerminal } from '../../report/render-terminal.js';
import type { Result } from '../../scoring/result-types.js';
import { scoreAssessment } from '../../scoring/score-assessment.js';
import { ExitCode } from '../exit-codes.js';

/** What one file's scoring needs to know; plain data, so it can cross to a worker thread. */
export interface ScoreSettings {
  format: 'terminal' | 'json' | 'jsonl' | 'markdown';
  minLevel?: string;
  catalogue?: string;
  lang: Lang;
  colorLevel: 0 | 1 | 2 | 3;
  /** Colour depth for standard error (diagnostics). */
  errorColorLevel: 0 | 1 | 2 | 3;
  /** JSON for several files is an array; its pieces are indented as array elements. */
  many: boolean;
}

/** One file's outcome, rendered: the caller only joins the pieces in order. */
export interface ScoredFile {
  /** The rendered result (without separators), or null when nothing goes to standard output. */
  body: string | null;
  stderr: string;
  exitCode: number;
  outcome: 'scored' | 'invalid';
  short: boolean;
}

/** A file that could not be scored, as the JSON output reports it. */
interface Unscored {
  schemaVersion: 1;
  file: string;
  errors: Array<{ code: string; message: string; line?: number; column?: number }>;
}

export async function scoreOne(file: string, settings: ScoreSettings): Promise<ScoredFile> {
  const words = messages(settings.lang);
  const loaded = await loadAssessment(file, settings.catalogue ? { catalogueOverride: settings.catalogue } : {});
  let stderr = diagnosticsText(loaded.diagnostics, settings);
  if (!loaded.ok) {
    const json = settings.format === 'json' || settings.format === 'jsonl';
    return { body: json ? serialise(unscored(file, loaded.diagnostics, settings.lang), settings) : null, stderr, exitCode: ExitCode.invalidInput, outcome: 'invalid', short: false };
  }
  const result = scoreAssessment(loaded.value);
  let exitCode: number = ExitCode.ok;
  let short = false;
  const verdict = settings.minLevel === undefined ? 'meets' : meetsLevel(result, settings.minLevel);
  if (verdict === 'unknown-level') {
    stderr += diagnosticsText([error('LEVEL_NOT_IN_CATALOGUE', { level: settings.minLevel!, levels: result.levels.map((level) => level.id).join(', ') }, { file })], settings);
    exitCode = ExitCode.invalidInput;
  } else if (verdict === 'short') {
    stderr += words.ui.belowMinLevel(file, settings.minLevel!) + '\n';
    exitCode = ExitCode.belowTarget;
    short = true;
  }
  return { body: render(result, settings), stderr, exitCode, outcome: 'scored', short };
}

/** Decided by scoring alone: the level a certification would carry (none when failed) against the one asked for. */
function meetsLevel(result: Result, levelId: string): 'meets' | 'short' | 'unknown-level' {
  const order = result.levels.map((level) => level.id);
  const wanted = order.indexOf(levelId);
  if (wanted === -1) return 'unknown-level';
  const reached = result.certifiableLevel === null ? -1 : order.indexOf(result.certifiableLevel);
  return reached >= wanted ? 'meets' : 'short';
}

function render(result: Result, settings: ScoreSettings): string {
  switch (settings.format) {
    case 'json':
    case 'jsonl':
      return serialise(result, settings);
    case 'markdown':
      return renderMarkdown(result, settings.lang);
    case 'terminal':
      return renderTerminal(result, { lang: settings.lang, colorLevel: settings.colorLevel });
  }
}

function serialise(entry: Result | Unscored, settings: ScoreSettings): string {
  if (settings.format === 'jsonl') return JSON.stringify(entry);
  const text = JSON.stringify(entry, null, 2);
  return settings.many ? text.replace(/^/gm, '  ') : text;
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

function diagnosticsText(diagnostics: readonly Diagnostic[], settings: ScoreSettings): string {
  return diagnostics.map((d) => formatDiagnostic(d, settings.lang, settings.errorColorLevel) + '\n').join('');
}
