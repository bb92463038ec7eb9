import { loadAssessment } from '../../assessment/load-assessment.js';
import { error, UserError, type Diagnostic } from '../../model/diagnostic.js';
import { sameIndicators } from '../../catalogue/catalogue-mapping.js';
import { compareResults } from '../../compare/compare-results.js';
import { compareText } from '../../i18n/compare-text.js';
import { describeRegressions } from '../../report/render-comparison.js';
import { formatDiagnostic } from '../../report/format-diagnostic.js';
import { messages } from '../../i18n/messages.js';
import type { Lang } from '../../model/bilingual-text.js';
import { OUTPUT_FORMATS, type OutputFormatName } from '../../report/formats/index.js';
import { unreadableFile } from '../../report/formats/output-format.js';
import { formatPointsNeeded, formatScore, levelById, levelLabel } from '../../report/format.js';
import { planText } from '../../i18n/plan-text.js';
import type { Result } from '../../model/result.js';
import { scoreAssessment } from '../../scoring/score-assessment.js';
import { ExitCode } from '../exit-codes.js';
import { invalidRow, portfolioRow } from '../../report/portfolio-row.js';
import { checkEvidence } from '../../evidence/check-evidence.js';

/** What one file's scoring needs to know; plain data, so it can cross to a worker thread. */
export interface ScoreSettings {
  /** `summary`: one row of the portfolio summary per file, as JSON, for the command to sort and draw. */
  format: OutputFormatName | 'summary';
  /** A level id, or `target` for each file's own target level. */
  minLevel?: string;
  /** The level to aim for, in place of each file's `target:`. */
  target?: string;
  /** The run's date, YYYY-MM-DD: plan items due before it and not done are overdue. */
  today?: string;
  /** An earlier assessment: going backwards against it is a failure (exit 1). */
  baseline?: string;
  catalogue?: string;
  lang: Lang;
  colorLevel: 0 | 1 | 2 | 3;
  /** Colour depth for standard error (diagnostics). */
  errorColorLevel: 0 | 1 | 2 | 3;
  /** JSON for several files is an array; its pieces are indented as array elements. */
  many: boolean;
  /** The width to fold text and tables to (80 or COLUMNS for a pipe or a log). */
  width?: number;
  /** The terminal's width when standard error is one, to fold diagnostics to. */
  errorWidth?: number;
}

/** One file's outcome, rendered: the caller only joins the pieces in order. */
export interface ScoredFile {
  /** The rendered result (without separators), or null when nothing goes to standard output. */
  body: string | null;
  stderr: string;
  exitCode: number;
  outcome: 'scored' | 'invalid';
  short: boolean;
  /** One line for the summary after several files on a terminal: the file, its score and level. */
  summary?: string;
}

export async function scoreOne(file: string, settings: ScoreSettings): Promise<ScoredFile> {
  const words = messages(settings.lang);
  const loaded = await loadAssessment(file, settings.catalogue ? { catalogueOverride: settings.catalogue } : {});
  let stderr = diagnosticsText(loaded.diagnostics, settings);
  if (settings.format === 'summary') {
    if (!loaded.ok) return { body: JSON.stringify(invalidRow(file)), stderr, exitCode: ExitCode.invalidInput, outcome: 'invalid', short: false };
    return { body: JSON.stringify(portfolioRow(file, scoreAssessment(loaded.value, scoreOptions(settings)))), stderr, exitCode: ExitCode.ok, outcome: 'scored', short: false };
  }
  if (!loaded.ok) {
    const body = OUTPUT_FORMATS[settings.format].unreadable(unreadableFile(file, loaded.diagnostics, settings.lang), settings);
    return { body, stderr, exitCode: ExitCode.invalidInput, outcome: 'invalid', short: false, summary: `✗ ${file}  ${words.ui.fileNotScored}` };
  }
  const levelIds = loaded.value.catalogue.levels.map((level) => level.id);
  if (settings.target !== undefined && !levelIds.includes(settings.target)) {
    const problem = error('LEVEL_NOT_IN_CATALOGUE', { option: '--target', level: settings.target, levels: levelIds.join(', '), command: 'gbt27922 score' }, { file });
    return { body: null, stderr: stderr + diagnosticsText([problem], settings), exitCode: ExitCode.invalidInput, outcome: 'invalid', short: false };
  }
  const result = scoreAssessment(loaded.value, scoreOptions(settings));
  // The evidence files are looked at here, beside the file, not in scoring: it reads no files.
  if (loaded.value.assessment.evidence.length > 0) result.evidence = await checkEvidence(loaded.value.assessment, { hashUnrecorded: false });
  let exitCode: number = ExitCode.ok;
  let short = false;
  if (settings.baseline !== undefined) {
    const baseline = await baselineResult(settings.baseline, settings.catalogue);
    // Another catalogue compares only through indicators known to mean the same (seed ⇄ clause-keyed).
    const same = baseline.catalogue.id === result.catalogue.id ? undefined : await sameIndicators(baseline.catalogue.id, result.catalogue.id);
    if (same && same.size === 0) {
      const problem = error('BASELINE_NOT_COMPARABLE', { baseline: baseline.catalogue.id, current: result.catalogue.id }, { file: settings.baseline });
      return { body: render(result, settings), stderr: stderr + diagnosticsText([problem], settings), exitCode: ExitCode.invalidInput, outcome: 'scored', short: false };
    }
    const comparison = compareResults(baseline, result, same);
    if (comparison.catalogueChanged) {
      const text = compareText(settings.lang);
      const name = (r: Result) => `${r.catalogue.id} v${r.catalogue.version}`;
      stderr += `${text.catalogueChanged(name(baseline), name(result))}\n`;
    }
    if (comparison.regressions.length > 0) {
      stderr +=
        [compareText(settings.lang).baselineFailed(file, settings.baseline), ...describeRegressions(comparison, baseline, result, settings.lang).map((line) => `  ✗ ${line}`)].join('\n') + '\n';
      exitCode = ExitCode.belowTarget;
      short = true;
    }
  }
  // `--min-level target` holds each file to the level it aims for.
  const minLevel = settings.minLevel === 'target' ? (result.target ?? undefined) : settings.minLevel;
  if (settings.minLevel === 'target' && minLevel === undefined) {
    stderr += diagnosticsText([error('MIN_LEVEL_TARGET_MISSING', {}, { file })], settings);
    return { body: render(result, settings), stderr, exitCode: ExitCode.invalidInput, outcome: 'scored', short: false };
  }
  const verdict = minLevel === undefined ? 'meets' : meetsLevel(result, minLevel);
  if (verdict === 'unknown-level') {
    // A level the catalogue does not have is a mistake in the command: no result is printed as if it were checked.
    const params = { option: '--min-level', level: settings.minLevel!, levels: result.levels.map((level) => level.id).join(', '), command: 'gbt27922 score' };
    stderr += diagnosticsText([error('LEVEL_NOT_IN_CATALOGUE', params, { file })], settings);
    return { body: null, stderr, exitCode: ExitCode.invalidInput, outcome: 'scored', short: false };
  } else if (verdict === 'short') {
    const wanted = result.levels.find((level) => level.id === minLevel)!;
    stderr += words.ui.belowMinLevel(file, wanted.name[settings.lang]) + '\n';
    if (settings.minLevel === 'target' && result.pathToTarget) stderr += targetShortfall(result, settings.lang) + '\n';
    exitCode = Math.max(exitCode, ExitCode.belowTarget);
    short = true;
  }
  const heading = settings.many && settings.format === 'terminal' ? `${words.ui.fileHeading(file)}\n` : '';
  return { body: heading + render(result, settings), stderr, exitCode, outcome: 'scored', short, summary: summaryLine(file, result, short, settings.lang) };
}

function summaryLine(file: string, result: Result, short: boolean, lang: Lang): string {
  const ui = messages(lang).ui;
  const level = levelById(result, result.level);
  const standing = result.failed ? `${ui.failed}${ui.paren(level ? levelLabel(level, lang) : ui.noLevel)}` : level ? levelLabel(level, lang) : ui.noLevel;
  return `${short ? '✗' : '✓'} ${file}  ${formatScore(result.score)}  ${standing}${short ? `  ${ui.fileShort}` : ''}`;
}

/** Decided by scoring alone: the level a certification would carry (none when failed) against the one asked for. */
function meetsLevel(result: Result, levelId: string): 'meets' | 'short' | 'unknown-level' {
  const order = result.levels.map((level) => level.id);
  const wanted = order.indexOf(levelId);
  if (wanted === -1) return 'unknown-level';
  const reached = result.certifiableLevel === null ? -1 : order.indexOf(result.certifiableLevel);
  return reached >= wanted ? 'meets' : 'short';
}

/** One line under "below the required level": how far the file is from its own target. */
function targetShortfall(result: Result, lang: Lang): string {
  const path = result.pathToTarget!;
  return planText(lang).minLevelTargetShort(formatPointsNeeded(path.pointsNeeded), path.gaps.length);
}

function scoreOptions(settings: ScoreSettings): { target?: string; today?: string } {
  return { ...(settings.target !== undefined ? { target: settings.target } : {}), ...(settings.today !== undefined ? { today: settings.today } : {}) };
}

function render(result: Result, settings: ScoreSettings): string {
  // A summary row never reaches here (scoreOne returns it first); the terminal stands in for the type.
  return OUTPUT_FORMATS[settings.format === 'summary' ? 'terminal' : settings.format].result(result, settings);
}

const baselines = new Map<string, Promise<Result>>();

/**
 * The baseline's result, loaded once per run, against the same catalogue override as the file
 * it is compared with; a baseline that cannot be scored is a usage error.
 */
function baselineResult(file: string, catalogueOverride: string | undefined): Promise<Result> {
  let pending = baselines.get(file);
  if (!pending) {
    pending = loadAssessment(file, catalogueOverride ? { catalogueOverride } : {}).then((loaded) => {
      if (!loaded.ok) throw new UserError(loaded.diagnostics);
      return scoreAssessment(loaded.value);
    });
    baselines.set(file, pending);
  }
  return pending;
}

function diagnosticsText(diagnostics: readonly Diagnostic[], settings: ScoreSettings): string {
  return diagnostics.map((d) => formatDiagnostic(d, settings.lang, settings.errorColorLevel, settings.errorWidth) + '\n').join('');
}
