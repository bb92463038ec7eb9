import { LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { StoppingCode } from '../model/error-codes.js';
import { error, type Diagnostic, type Loaded, type SourcePosition } from '../model/diagnostic.js';
import type { SourceText } from './read-source.js';
import { mayNeedRepair, repairYaml, type ParsedText, type RepairedYaml } from './repair-yaml.js';

/** A parsed YAML file that still knows where every value came from. */
export interface ParsedYaml {
  source: SourceText;
  document: Document.Parsed;
  lineCounter: LineCounter;
  data: unknown;
  /** Set when this is a repaired copy of the file (see repair-yaml.ts): positions point into the copy. */
  repair?: { original: SourceText; repaired: RepairedYaml };
}

/**
 * A file that did not parse, or parsed into something other than what was meant, because of a
 * mistake the repair undoes: `recovered` is the repaired copy, for the later phases to find the
 * file's other mistakes (never to score it).
 */
export type ParseOutcome = Loaded<ParsedYaml> | { ok: false; diagnostics: Diagnostic[]; recovered?: ParsedYaml };

/** Aliases are a YAML feature nobody needs in these files and the classic way to exhaust memory. */
const MAX_ALIAS_COUNT = 100;

export function parseYaml(source: SourceText): ParseOutcome {
  const parsed = parseText(source);
  if ('tooDeep' in parsed) return { ok: false, diagnostics: [parsed.tooDeep] };
  if (mayNeedRepair(source.text)) {
    const repaired = repairYaml(source.text, parsed);
    if (repaired.mistakes.length > 0) return withRepair(source, repaired);
  }
  return toData(source, parsed);
}

function parseExactly(source: SourceText): Loaded<ParsedYaml> {
  const parsed = parseText(source);
  return 'tooDeep' in parsed ? { ok: false, diagnostics: [parsed.tooDeep] } : toData(source, parsed);
}

function parseText(source: SourceText): ParsedText | { tooDeep: Diagnostic } {
  const lineCounter = new LineCounter();
  try {
    return { document: parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
  } catch (cause) {
    // The parser recurses per nesting level; input nested thousands deep overflows the stack.
    if (cause instanceof RangeError) return { tooDeep: tooDeep(source) };
    throw cause;
  }
}

function toData(source: SourceText, { document, lineCounter }: ParsedText): Loaded<ParsedYaml> {
  const file = source.file;
  // Only the first syntax error: the ones after it are usually its consequences, and a person
  // fixes one place and runs again.
  const first = document.errors[0];
  const diagnostics: Diagnostic[] = first ? [syntaxDiagnostic(first, source, lineCounter)] : [];
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  try {
    const data: unknown = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ok: true, value: { source, document, lineCounter, data }, diagnostics: [] };
  } catch (cause) {
    if (cause instanceof RangeError) return { ok: false, diagnostics: [tooDeep(source)] };
    if (cause instanceof ReferenceError && /alias/i.test(cause.message)) {
      return { ok: false, diagnostics: [error('YAML_ALIAS_LIMIT', { limit: MAX_ALIAS_COUNT }, { file, ...aliasPosition(document, source, lineCounter) })] };
    }
    throw cause;
  }
}

/**
 * Every mistake the repair undid, as an error where it is in the file; then either the repaired
 * copy, or the first syntax error left in it when it still does not parse.
 */
function withRepair(source: SourceText, repaired: RepairedYaml): ParseOutcome {
  const lineCounter = countLines(source.text);
  const diagnostics = repaired.mistakes.map((mistake) => {
    const start = (lineCounter.lineStarts[mistake.line] ?? 0) + mistake.column;
    return error(mistake.code, {}, { file: source.file, position: positionAt(source.text, lineCounter, start, start + mistake.length) });
  });
  const copy = parseExactly({ ...source, text: repaired.text });
  const restore = (found: Diagnostic[]) => restorePositions(found, { source: { ...source, text: repaired.text }, repair: { original: source, repaired } });
  if (!copy.ok) return { ok: false, diagnostics: [...diagnostics, ...restore(copy.diagnostics)] };
  return { ok: false, diagnostics: [...diagnostics, ...restore(copy.diagnostics)], recovered: { ...copy.value, repair: { original: source, repaired } } };
}

/**
 * Positions found in a repaired copy, moved back onto the file as the person wrote it: the same
 * line (the repair keeps lines), the column before the repair, and the line's own text.
 */
export function restorePositions(diagnostics: Diagnostic[], parsed: Pick<ParsedYaml, 'source' | 'repair'>): Diagnostic[] {
  const repair = parsed.repair;
  if (!repair) return diagnostics;
  const originalLines = repair.original.text.split('\n');
  return diagnostics.map((diagnostic) => {
    const position = diagnostic.position;
    if (diagnostic.file !== parsed.source.file || !position || !repair.repaired.changed(position.line - 1)) return diagnostic;
    const line = position.line - 1;
    const start = repair.repaired.originalColumn(line, position.column - 1);
    const end = repair.repaired.originalColumn(line, position.column - 1 + position.length);
    const lineText = (originalLines[line] ?? '').replace(/\r$/, '');
    return { ...diagnostic, position: { ...position, column: start + 1, length: Math.max(1, end - start), lineText: position.lineText === '' ? '' : lineText } };
  });
}

const CODES: Record<string, StoppingCode> = {
  DUPLICATE_KEY: 'YAML_DUPLICATE_KEY',
  MULTIPLE_DOCS: 'YAML_MULTIPLE_DOCUMENTS',
  TAB_AS_INDENT: 'YAML_TAB_INDENT',
  BAD_INDENT: 'YAML_BAD_INDENT',
};

function syntaxDiagnostic(problem: YAMLError, source: SourceText, lineCounter: LineCounter): Diagnostic {
  const position = positionAt(source.text, lineCounter, problem.pos[0], problem.pos[1]);
  const detail = problem.message.split(' at line ')[0] ?? problem.message;
  let code: StoppingCode = CODES[problem.code] ?? 'YAML_SYNTAX';
  if (/quote/i.test(detail) && problem.code === 'MISSING_CHAR') code = 'YAML_UNCLOSED_QUOTE';
  // The parser recurses once per nesting level and reports a stack overflow as a syntax error.
  if (/call stack/i.test(detail)) return tooDeep(source);
  if (code === 'YAML_UNCLOSED_QUOTE') {
    const opening = openingQuote(source.text, problem.pos[0], detail.includes("'") ? "'" : '"');
    if (opening !== undefined) return error(code, { detail }, { file: source.file, position: positionAt(source.text, lineCounter, opening) });
  }
  const params: Record<string, string> = { detail };
  if (code === 'YAML_DUPLICATE_KEY') params.key = keyAt(source.text, problem.pos[0]);
  return error(code, params, { file: source.file, position });
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

/** The parser notices a missing closing quote at the end; the person needs the line it opened on. */
function openingQuote(text: string, before: number, quote: string): number | undefined {
  let lineStart = text.lastIndexOf('\n', before - 1);
  while (lineStart >= -1) {
    const previousStart = text.lastIndexOf('\n', lineStart - 1);
    const line = text.slice(previousStart + 1, lineStart === -1 ? undefined : lineStart);
    const count = line.split(quote).length - 1;
    if (count % 2 === 1) return previousStart + 1 + line.lastIndexOf(quote);
    if (lineStart === -1) return undefined;
    lineStart = previousStart;
  }
  return undefined;
}

function keyAt(text: string, offset: number): string {
  const rest = text.slice(offset);
  const match = /^["']?([^"':\r\n]+)/.exec(rest);
  return match?.[1]?.trim() ?? '';
}

/** The first alias (`*name`): where an alias bomb starts being expanded. */
function aliasPosition(document: Document.Parsed, source: SourceText, lineCounter: LineCounter): { position?: SourcePosition } {
  let offset: number | undefined;
  visit(document, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset === undefined ? {} : { position: positionAt(source.text, lineCounter, offset, offset + 1) };
}

/**
 * Nesting too deep to parse, placed where it gets deep: where brackets first open 64 deep, or else
 * the most indented line. The parser gave up midway, so its line counter is partial: lines are counted here.
 */
function tooDeep(source: SourceText): Diagnostic {
  const text = source.text;
  let depth = 0;
  let offset: number | undefined;
  for (let i = 0; i < text.length && offset === undefined; i++) {
    const character = text[i];
    if (character === '[' || character === '{') {
      if (++depth >= 64) offset = i;
    } else if (character === ']' || character === '}') depth = Math.max(0, depth - 1);
  }
  if (offset === undefined) {
    let deepest = -1;
    for (const match of text.matchAll(/^( *)\S/gm)) {
      if (match[1]!.length > deepest) {
        deepest = match[1]!.length;
        offset = match.index + deepest;
      }
    }
  }
  return error('YAML_TOO_DEEP', {}, { file: source.file, ...(offset === undefined ? {} : { position: positionAt(text, countLines(text), offset) }) });
}

function countLines(text: string): LineCounter {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  return lineCounter;
}
