import type { Result } from '../model/result.js';
import { fileHead } from '../source/output-target.js';

/**
 * One result as JSON, as `score --format json` writes it for one file: exact scores become
 * unrounded numbers through Rational.toJSON; states are readable strings.
 */
export function renderJson(result: Result): string {
  return JSON.stringify(result, null, 2) + '\n';
}

/** A result this tool wrote (it starts as renderJson's does): replaced without asking, as a PDF report is. */
export function isResultJson(file: string): boolean {
  return /^\{\s*"schemaVersion"\s*:/.test(fileHead(file, 64));
}
