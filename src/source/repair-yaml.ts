import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Pair, type Scalar } from 'yaml';

/**
 * Mistakes a person typing YAML on a Chinese keyboard makes, which the parser either rejects with
 * a message about something else ("Implicit keys need to be on a single line") or, worse, reads
 * as something else (`{ na：理由 }` is a key named "na：理由"). Each is found where it is, named,
 * and undone in a copy of the text, so that the rest of the file can still be checked: one tab
 * or one full-width colon must not hide every other mistake.
 */
export type YamlMistakeCode = 'YAML_TAB_INDENT' | 'YAML_FULLWIDTH_COLON' | 'YAML_FULLWIDTH_SPACE' | 'YAML_FULLWIDTH_COMMA' | 'YAML_FULLWIDTH_QUOTE';

/** Where a mistake is in the original text: 0-based line and column, and how many characters. */
export interface YamlMistake {
  code: YamlMistakeCode;
  line: number;
  column: number;
  length: number;
}

export interface RepairedYaml {
  /** The text with every mistake undone; the same number of lines as the original. */
  text: string;
  mistakes: YamlMistake[];
  /** Syntax errors the repaired text still has (none: it parses). */
  remainingErrors: number;
  /** The column in the original line for a 0-based column of the repaired one. */
  originalColumn(line: number, column: number): number;
  /** Whether a line was changed (its text in the repaired copy differs from the original). */
  changed(line: number): boolean;
}

interface Edit {
  at: number;
  removed: number;
  inserted: number;
}

/** The characters that never belong in the structure of one of our files. */
const SUSPECT = /[\t：　，“”‘’「」]/;

/** Repairs at most this many mistakes: a file with more is not one a person typed by hand. */
const MAX_REPAIRS = 200;

/** Nothing to repair when the text has none of the suspect characters. */
export function mayNeedRepair(text: string): boolean {
  return SUSPECT.test(text);
}

/**
 * The text with the mistakes above undone. A tab in the indentation is expanded to the width that
 * leaves the fewest syntax errors (2, 4 or 8 columns), since the width the person saw is unknown.
 */
export function repairYaml(text: string, parsed?: ParsedText): RepairedYaml {
  const widths = /^[ \t]*\t/m.test(text) ? [2, 4, 8] : [2];
  let best: RepairedYaml | undefined;
  for (const width of widths) {
    const attempt = repairWith(text, width, parsed);
    if (!best || attempt.remainingErrors < best.remainingErrors) best = attempt;
    if (best.remainingErrors === 0) break;
  }
  return best!;
}

/** The text parsed as it is, which the first round of every attempt looks at (it does not change it). */
export interface ParsedText {
  document: Document.Parsed;
  lineCounter: LineCounter;
}

function repairWith(original: string, tabWidth: number, parsed: ParsedText | undefined): RepairedYaml {
  const lines = original.split('\n');
  const edits = new Map<number, Edit[]>();
  const mistakes: YamlMistake[] = [];
  const originalColumn = (line: number, column: number) => {
    let result = column;
    const lineEdits = edits.get(line) ?? [];
    for (let i = lineEdits.length - 1; i >= 0; i--) {
      const edit = lineEdits[i]!;
      if (result >= edit.at + edit.inserted) result += edit.removed - edit.inserted;
      else if (result >= edit.at) result = edit.at;
    }
    return result;
  };
  const replace = (line: number, at: number, removed: number, inserted: string) => {
    const text = lines[line]!;
    lines[line] = text.slice(0, at) + inserted + text.slice(at + removed);
    const lineEdits = edits.get(line) ?? [];
    lineEdits.push({ at, removed, inserted: inserted.length });
    edits.set(line, lineEdits);
  };
  const note = (code: YamlMistakeCode, line: number, column: number, length = 1) => {
    mistakes.push({ code, line, column: originalColumn(line, column), length });
  };

  let remainingErrors = 0;
  for (let round = 0; round < MAX_REPAIRS; round++) {
    const text = lines.join('\n');
    let lineCounter: LineCounter;
    let document: Document.Parsed;
    if (round === 0 && parsed) ({ document, lineCounter } = parsed);
    else {
      lineCounter = new LineCounter();
      try {
        document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
      } catch {
        remainingErrors = Number.POSITIVE_INFINITY;
        break;
      }
    }
    remainingErrors = document.errors.length;
    const at = (offset: number) => {
      const { line, col } = lineCounter.linePos(offset);
      return { line: line - 1, column: col - 1 };
    };
    // One repair per line and round: the others on that line are found again in the next round.
    const fixes = new Map<number, () => void>();
    for (const problem of document.errors) {
      if (problem.code !== 'TAB_AS_INDENT') continue;
      const { line } = at(problem.pos[0]);
      const indent = /^[ \t　]*/.exec(lines[line]!)![0];
      if (!indent.includes('\t') || fixes.has(line)) continue;
      fixes.set(line, () => {
        note('YAML_TAB_INDENT', line, indent.indexOf('\t'), indent.length - indent.indexOf('\t'));
        replace(line, 0, indent.length, ' '.repeat(expandedWidth(indent, tabWidth)));
      });
    }
    eachPair(document.contents, false, (pair, inFlow) => {
      for (const node of [pair.key, pair.value]) {
        if (!isScalar(node) || !node.range) continue;
        const isKey = node === pair.key;
        const fix = scalarFix(node, isKey, inFlow, text, at, pair.key);
        if (fix && !fixes.has(fix.line)) fixes.set(fix.line, fix.apply);
      }
    });
    if (fixes.size === 0) break;
    for (const apply of fixes.values()) apply();
  }

  function scalarFix(node: Scalar, isKey: boolean, inFlow: boolean, text: string, at: (offset: number) => { line: number; column: number }, key: unknown) {
    const [start, end] = node.range!;
    const first = at(start);
    const lineText = lines[first.line]!;
    // Every repair below is on the scalar's first line: most lines have nothing to look at.
    if (!SUSPECT.test(lineText)) return undefined;
    const source = text.slice(start, end);
    const firstLine = source.split('\n')[0]!;
    const plain = node.type === 'PLAIN';
    if (isKey && plain && /^[“‘「]/.test(source)) {
      const opening = source[0]!;
      const closing = { '“': '”', '‘': '’', '「': '」' }[opening]!;
      const close = lineText.indexOf(closing, first.column + 1);
      if (close === -1) return undefined;
      const ascii = opening === '‘' ? "'" : '"';
      return {
        line: first.line,
        apply: () => {
          note('YAML_FULLWIDTH_QUOTE', first.line, first.column);
          replace(first.line, first.column, 1, ascii);
          replace(first.line, close, 1, ascii);
        },
      };
    }
    // A value on a line of its own that starts like a key (`name：X公司` under `company:`) is one.
    const keyStart = firstLine.search(/[A-Za-z0-9_.-]\s*：/);
    const ownLine = !isKey && plain && key !== null && typeof key === 'object' && 'range' in key && Array.isArray(key.range) && at(key.range[0] as number).line < first.line;
    const colon = isKey ? firstLine.indexOf('：') : ownLine && keyStart !== -1 && !/[:：]/.test(firstLine.slice(0, keyStart)) ? firstLine.indexOf('：') : -1;
    if (plain && colon !== -1 && !firstLine.slice(0, colon).includes(':')) {
      const column = first.column + colon;
      const next = lineText[column + 1];
      return {
        line: first.line,
        apply: () => {
          note('YAML_FULLWIDTH_COLON', first.line, column);
          replace(first.line, column, 1, next === undefined || next === ' ' || next === '\r' ? ':' : ': ');
        },
      };
    }
    if (!isKey) return undefined;
    const indent = /^[ \t　]*/.exec(lineText)![0];
    if (indent.includes('　') && first.column <= indent.length) {
      return {
        line: first.line,
        apply: () => {
          note('YAML_FULLWIDTH_SPACE', first.line, indent.indexOf('　'), indent.length - indent.indexOf('　'));
          replace(first.line, 0, indent.length, indent.replace(/　/g, '  ').replace(/\t/g, ' '.repeat(tabWidth)));
        },
      };
    }
    const wideAfterColon = firstLine.search(/:　/);
    if (plain && wideAfterColon !== -1) {
      const column = first.column + wideAfterColon + 1;
      return {
        line: first.line,
        apply: () => {
          note('YAML_FULLWIDTH_SPACE', first.line, column);
          replace(first.line, column, 1, ' ');
        },
      };
    }
    const comma = firstLine.indexOf('，');
    if (plain && inFlow && comma !== -1) {
      const column = first.column + comma;
      return {
        line: first.line,
        apply: () => {
          note('YAML_FULLWIDTH_COMMA', first.line, column);
          replace(first.line, column, 1, ', ');
        },
      };
    }
    return undefined;
  }

  mistakes.sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    text: lines.join('\n'),
    mistakes,
    remainingErrors,
    originalColumn,
    changed: (line) => edits.has(line),
  };
}

/**
 * Every key-value pair under `node`, and whether it sits inside a flow collection (`{ }`, `[ ]`).
 * A plain walk rather than yaml's visit(), which copies the path at every node: this runs on every
 * file with a Chinese comma in it, which is most of them.
 */
function eachPair(node: unknown, inFlow: boolean, each: (pair: Pair, inFlow: boolean) => void): void {
  if (!isMap(node) && !isSeq(node)) return;
  const flow = inFlow || node.flow === true;
  for (const item of node.items) {
    if (isPair(item)) {
      each(item, flow);
      eachPair(item.key, flow, each);
      eachPair(item.value, flow, each);
    } else eachPair(item, flow, each);
  }
}

/** Columns the leading whitespace takes, with tabs stopping every `width` columns. */
function expandedWidth(indent: string, width: number): number {
  let columns = 0;
  for (const character of indent) {
    if (character === '\t') columns = (Math.floor(columns / width) + 1) * width;
    else columns += character === '　' ? 2 : 1;
  }
  return columns;
}
