import type { Result } from '../model/result.js';

/**
 * One result as JSON, as `score --format json` writes it for one file: exact scores become
 * unrounded numbers through Rational.toJSON; states are readable strings.
 */
export function renderJson(result: Result): string {
  return JSON.stringify(result, null, 2) + '\n';
}
