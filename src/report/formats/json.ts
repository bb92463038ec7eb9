import type { Result } from '../../model/result.js';
import { fileHead } from '../../source/output-target.js';
import type { FormatContext, OutputFormat } from './output-format.js';

/**
 * One result as JSON, as `score --format json` writes it for one file: exact scores become
 * unrounded numbers through Rational.toJSON; states are readable strings.
 */
export function renderJson(result: Result): string {
  return jsonText(result, 2) + '\n';
}

/**
 * JSON.stringify escapes C0 controls but writes DEL and the C1 controls (U+007F-U+009F) raw; a
 * file's text must not carry them to a terminal that shows the JSON, so they are escaped too. The
 * values read back the same.
 */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[\u007f-\u009f]/g, (ch) => `\\u00${ch.charCodeAt(0).toString(16)}`);
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
  unreadable: (file, context) => indented(jsonText(file, 2), context),
  between: ({ many }) => (many ? ',\n' : '\n'),
  close: ({ many }) => (many ? '\n]\n' : '\n'),
  empty: ({ many }) => (many ? '[]\n' : ''),
};
