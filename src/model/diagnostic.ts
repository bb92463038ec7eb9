import type { ErrorCode, NoticeCode, StoppingCode, WarningCode } from './error-codes.js';

/** Where in a file something is: 1-based line and column, and the text of that line for a caret. */
export interface SourcePosition {
  line: number;
  column: number;
  /** How many characters to underline (at least 1). */
  length: number;
  lineText: string;
}

export type Severity = 'error' | 'warning' | 'notice';

/**
 * A problem found in the user's input, as data. The words are not here: they are looked up by
 * `code` in the message tables of each language, with `params` filled in, so one diagnostic can be
 * shown in Chinese or English and tests can assert on the code alone.
 */
export interface Diagnostic {
  code: ErrorCode;
  severity: Severity;
  params: Record<string, string | number>;
  file?: string;
  position?: SourcePosition;
  /** A spreadsheet cell, as spreadsheets name it: 指标!H12 (a csv file: H12). */
  cell?: string;
}

/**
 * Where a diagnostic points. Callers often hold a position that may be missing (`locate` finds no
 * node); an absent place is left out of the diagnostic rather than stored as `undefined`, so a
 * diagnostic never carries a key without a value.
 */
export interface Where {
  file?: string | undefined;
  position?: SourcePosition | undefined;
  cell?: string | undefined;
}

function diagnostic(code: ErrorCode, severity: Severity, params: Diagnostic['params'], where: Where): Diagnostic {
  const made: Diagnostic = { code, severity, params };
  if (where.file !== undefined) made.file = where.file;
  if (where.position !== undefined) made.position = where.position;
  if (where.cell !== undefined) made.cell = where.cell;
  return made;
}

export function error(code: StoppingCode, params: Diagnostic['params'] = {}, where: Where = {}): Diagnostic {
  return diagnostic(code, 'error', params, where);
}

export function warning(code: WarningCode, params: Diagnostic['params'] = {}, where: Where = {}): Diagnostic {
  return diagnostic(code, 'warning', params, where);
}

export function notice(code: NoticeCode, params: Diagnostic['params'] = {}, where: Where = {}): Diagnostic {
  return diagnostic(code, 'notice', params, where);
}

/** What a loading phase hands on: a value when nothing stopped it, and everything it noticed. */
export type Loaded<T> = { ok: true; value: T; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

const USER_ERROR = Symbol.for('gbt27922.UserError');

/** Thrown only at the edge (CLI), carrying diagnostics to the one top-level handler. */
export class UserError extends Error {
  readonly [USER_ERROR] = true;

  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.code).join(', '));
    this.name = 'UserError';
  }
}

/**
 * Recognises a UserError by a global symbol rather than `instanceof`: each bundled command carries
 * its own copy of the class, and the entry must still know the error one of them threw.
 */
export function isUserError(cause: unknown): cause is UserError {
  return typeof cause === 'object' && cause !== null && (cause as { [USER_ERROR]?: boolean })[USER_ERROR] === true;
}
