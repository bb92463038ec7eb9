import type { Result } from '../scoring/result-types.js';

/**
 * The machine-readable result: one object for one file, an array for several. Exact scores become
 * unrounded numbers through Rational.toJSON; states are readable strings.
 */
export function renderJson(results: readonly Result[]): string {
  const value = results.length === 1 ? results[0] : results;
  return JSON.stringify(value, null, 2) + '\n';
}
