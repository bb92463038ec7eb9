import { LineCounter, parseDocument, type Document } from 'yaml';
import { error, type Diagnostic, type Loaded, type SourcePosition } from '../diagnostics/diagnostic.js';
import type { SourceText } from './read-source.js';

/** A parsed YAML file that still knows where every value came from. */
export interface ParsedYaml {
  source: SourceText;
  document: Document.Parsed;
  lineCounter: LineCounter;
  data: unknown;
}

/** Aliases are a YAML feature nobody needs in these files and the classic way to exhaust memory. */
const MAX_ALIAS_COUNT = 100;

export function parseYaml(source: SourceText): Loaded<ParsedYaml> {
  const lineCounter = new LineCounter();
  const file = source.file;
  let document: Document.Parsed;
  try {
    document = parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (cause) {
    // The parser recurses per nesting level; input nested thousands deep overflows the stack.
    if (cause instanceof RangeError) return { ok: false, diagnostics: [error('YAML_TOO_DEEP', {}, { file })] };
    throw cause;
  }
  const diagnostics: Diagnostic[] = document.errors.map((problem) => {
    const position = positionAt(source.text, lineCounter, problem.pos[0], problem.pos[1]);
    const code =
      problem.code === 'DUPLICATE_KEY'
        ? 'YAML_DUPLICATE_KEY'
        : problem.code === 'MULTIPLE_DOCS'
          ? 'YAML_MULTIPLE_DOCUMENTS'
          : 'YAML_SYNTAX';
    const params: Record<string, string> = { detail: problem.message.split(' at line ')[0] ?? problem.message };
    if (code === 'YAML_DUPLICATE_KEY') params.key = keyAt(source.text, problem.pos[0]);
    return error(code, params, { file, position });
  });
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  try {
    const data: unknown = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ok: true, value: { source, document, lineCounter, data }, diagnostics: [] };
  } catch (cause) {
    if (cause instanceof RangeError) return { ok: false, diagnostics: [error('YAML_TOO_DEEP', {}, { file })] };
    if (cause instanceof ReferenceError && /alias/i.test(cause.message)) {
      return { ok: false, diagnostics: [error('YAML_ALIAS_LIMIT', { limit: MAX_ALIAS_COUNT }, { file })] };
    }
    throw cause;
  }
}

/** Position of a character offset range, with the whole line for the caret display. */
export function positionAt(text: string, lineCounter: LineCounter, start: number, end = start + 1): SourcePosition {
  const { line, col } = lineCounter.linePos(Math.min(start, text.length));
  const lineStart = lineCounter.lineStarts[line - 1] ?? 0;
  const newline = text.indexOf('\n', lineStart);
  const lineText = text.slice(lineStart, newline === -1 ? text.length : newline).replace(/\r$/, '');
  const length = Math.max(1, Math.min(end, lineStart + lineText.length) - start);
  return { line, column: col, length, lineText };
}

function keyAt(text: string, offset: number): string {
  const rest = text.slice(offset);
  const match = /^["']?([^"':\r\n]+)/.exec(rest);
  return match?.[1]?.trim() ?? '';
}
