import type { Result } from '../../model/result.js';
import { fileHead } from '../../source/output-target.js';
import type { FormatContext, OutputFormat } from './output-format.js';

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

/** Several files make one array, its elements indented under it. */
const indented = (text: string, { many }: FormatContext) => (many ? text.trimEnd().replace(/^/gm, '  ') : text.trimEnd());

/** `score --format json`: one object for one file, an array of them for several (written piece by piece). */
export const json: OutputFormat = {
  open: ({ many }) => (many ? '[\n' : ''),
  result: (result, context) => indented(renderJson(result), context),
  unreadable: (file, context) => indented(JSON.stringify(file, null, 2), context),
  between: ({ many }) => (many ? ',\n' : '\n'),
  close: ({ many }) => (many ? '\n]\n' : '\n'),
  empty: ({ many }) => (many ? '[]\n' : ''),
};
