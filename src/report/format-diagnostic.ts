import { Chalk } from 'chalk';
import { blankLike, displayWidth } from '../display-width.js';
import { messages } from '../i18n/messages.js';
import { safeText } from '../i18n/safe-text.js';
import type { Lang } from '../model/bilingual-text.js';
import type { Diagnostic, SourcePosition } from '../model/diagnostic.js';
import { wrapText } from './wrap-text.js';

/**
 * A diagnostic as a person reads it: severity and code, file:line:column (what editors and CI
 * logs turn into links), the message, the offending line with a caret under the place, and what
 * to do about it.
 */
export function formatDiagnostic(diagnostic: Diagnostic, lang: Lang, colorLevel: 0 | 1 | 2 | 3 = 0, width?: number): string {
  // On a terminal the message and the fix are folded to its width; the quoted line and its caret never are.
  const fold = (line: string) => (width ? wrapText(line, width) : line);
  const c = new Chalk({ level: colorLevel });
  const words = messages(lang);
  const text = words.errors[diagnostic.code];
  const colour = diagnostic.severity === 'error' ? c.red.bold : diagnostic.severity === 'warning' ? c.yellow.bold : c.cyan.bold;
  // The file name, the quoted line and the parameters came from files and paths: shown safely
  // (the message tables make their parameters safe themselves).
  const file = diagnostic.file === undefined ? undefined : safeText(diagnostic.file);
  const where = file ? (diagnostic.position ? `${file}:${diagnostic.position.line}:${diagnostic.position.column}` : diagnostic.cell ? `${file} ${safeText(diagnostic.cell)}` : file) : '';
  const lines = [`${colour(`${words.severity[diagnostic.severity]}[${diagnostic.code}]`)}${where ? ` ${c.bold(where)}` : ''}`];
  lines.push(fold(`  ${text.message(diagnostic.params)}`));
  const position = diagnostic.position && excerpt(diagnostic.position);
  if (position && position.lineText !== '') {
    const number = String(position.line);
    const gutter = ' '.repeat(number.length);
    // Escaped piece by piece, so the caret stays under the place however the line's escapes widen it.
    const before = safeText(position.lineText.slice(0, position.column - 1));
    const marked = safeText(position.lineText.slice(position.column - 1, position.column - 1 + position.length));
    lines.push(c.dim(`  ${number} | `) + safeText(position.lineText));
    lines.push(c.dim(`  ${gutter} | `) + blankLike(before) + colour('^'.repeat(Math.max(1, displayWidth(marked)))));
  }
  lines.push(c.dim(fold(`  ${words.fixLabel}${text.fix(diagnostic.params)}`)));
  return lines.join('\n');
}

const EXCERPT_WIDTH = 100;

/** A window of a long line around the place, so a minified or runaway line does not flood the screen. */
function excerpt(position: SourcePosition): SourcePosition {
  if (position.lineText.length <= EXCERPT_WIDTH) return position;
  const start = Math.max(0, position.column - 1 - EXCERPT_WIDTH / 2);
  const text = position.lineText.slice(start, start + EXCERPT_WIDTH);
  const prefix = start > 0 ? '…' : '';
  return {
    ...position,
    lineText: `${prefix}${text}${start + EXCERPT_WIDTH < position.lineText.length ? '…' : ''}`,
    column: position.column - start + prefix.length,
    length: Math.min(position.length, EXCERPT_WIDTH - (position.column - 1 - start)),
  };
}
