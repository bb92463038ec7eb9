import type { Result } from '../../model/result.js';

/**
 * The longest text from a file the report draws. pdfkit measures a line by re-measuring ever
 * longer pieces, so one unbroken 200,000-character name took 66 s and 4.4 GB and crashed; a name,
 * a note or a reason this long is a mistake or an attack, and is cut here, in one linear pass.
 */
export const MAX_REPORT_TEXT = 2000;

/** A copy of the result with every string longer than the limit cut to it, ending in "…"; and how many were. */
export function cutLongText(result: Result, limit = MAX_REPORT_TEXT): { result: Result; cut: number } {
  let cut = 0;
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (value.length <= limit) return value;
      cut++;
      return `${Array.from(value.slice(0, limit + 1))
        .slice(0, limit - 1)
        .join('')}…`;
    }
    if (Array.isArray(value)) return value.map(visit);
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      const copy: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) copy[key] = visit(item);
      return copy;
    }
    return value;
  };
  return { result: visit(result) as Result, cut };
}
