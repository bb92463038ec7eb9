import LineBreaker from 'linebreak';
import { displayWidth } from '../display-width.js';

/**
 * Text folded to a terminal's width, by display width (a CJK character takes two columns), and only
 * where the Unicode line-breaking rules allow (UAX #14, the `linebreak` library pdfkit also uses):
 * never inside an English word, a number, a path or an id such as `culture.goals`, and never so
 * that a line starts with closing punctuation (`。`, `；`, `）`). A piece wider than the whole line
 * (a long path) is left whole rather than cut. A continuation line is indented like the text after
 * the line's bullet. Colour codes are kept, closed at each line end and reopened on the next line.
 */
export function wrapText(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}

// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;
const BULLET = /^(\s*(?:(?:[·•*✗✓?ℹ−-]|\d+[.)])\s+)?)/u;

function wrapLine(line: string, width: number): string {
  const codes: { at: number; code: string }[] = [];
  let plain = '';
  let last = 0;
  for (const match of line.matchAll(SGR)) {
    plain += line.slice(last, match.index);
    codes.push({ at: plain.length, code: match[0] });
    last = match.index + match[0].length;
  }
  plain += line.slice(last);
  if (width <= 0 || displayWidth(plain) <= width) return line;

  const indent = ' '.repeat(displayWidth(BULLET.exec(plain)?.[1] ?? ''));
  const room = (row: number) => Math.max(1, width - (row === 0 ? 0 : indent.length));
  const ranges: [number, number][] = [];
  const breaker = new LineBreaker(plain);
  let start = 0;
  let previous = 0;
  let lineWidth = 0;
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
    // UAX #14 allows a break after a hyphen ("Ctrl-" / "C", "--" / "init-mapping") or a slash ("SB/" /
    // "T 10401"); in keys, ids, options, names and paths it reads as a split word, so a hyphen or a
    // slash before a letter or digit is never a place to break here.
    const before = plain[next.position - 1];
    if ((before === '-' || before === '/') && letterOrDigitAt(plain, next.position)) continue;
    const piece = plain.slice(previous, next.position);
    // Spaces at the end of a line hang past the edge: they are dropped when the line is cut there.
    const visible = displayWidth(piece.trimEnd());
    if (previous > start && lineWidth + visible > room(ranges.length)) {
      ranges.push([start, previous]);
      start = previous;
      lineWidth = 0;
    }
    lineWidth += displayWidth(piece);
    previous = next.position;
  }
  ranges.push([start, plain.length]);

  const out: string[] = [];
  let active: string[] = [];
  let codeIndex = 0;
  ranges.forEach(([from, to], row) => {
    const last = row === ranges.length - 1;
    let text = row === 0 ? '' : indent + active.join('');
    let position = from;
    const until = last ? plain.length : to;
    while (codeIndex < codes.length && codes[codeIndex]!.at <= until && (last || codes[codeIndex]!.at < to)) {
      const { at, code } = codes[codeIndex]!;
      text += plain.slice(position, at) + code;
      position = at;
      active = applyCode(active, code);
      codeIndex++;
    }
    text += plain.slice(position, until);
    if (!last) {
      text = trimEndKeepingCodes(text);
      if (active.length > 0) text += '\u001b[0m';
    }
    out.push(text);
  });
  return out.join('\n');
}

/**
 * Whether a letter or a digit (of any script) starts at `at`. ASCII and the common Chinese
 * characters (CJK Unified Ideographs, all letters) are looked at directly: the expression with
 * Unicode classes takes ~0.3-0.8 ms to compile, which only a text needing it pays.
 */
function letterOrDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  return at < text.length && LETTER_OR_DIGIT.test(text.slice(at, at + 2));
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** The styles still open after `code`: a reset closes all, a closing code closes its own kind. */
function applyCode(active: string[], code: string): string[] {
  const numbers = code.slice(2, -1).split(';').filter(Boolean).map(Number);
  if (numbers.length === 0 || numbers.includes(0)) return [];
  const closes: Record<number, (n: number) => boolean> = {
    22: (n) => n === 1 || n === 2,
    23: (n) => n === 3,
    24: (n) => n === 4,
    27: (n) => n === 7,
    28: (n) => n === 8,
    29: (n) => n === 9,
    39: (n) => (n >= 30 && n <= 38) || (n >= 90 && n <= 97),
    49: (n) => (n >= 40 && n <= 48) || (n >= 100 && n <= 107),
  };
  const closer = closes[numbers[0]!];
  if (closer) return active.filter((open) => !closer(Number(open.slice(2, -1).split(';')[0])));
  return [...active, code];
}

function trimEndKeepingCodes(text: string): string {
  return text.replace(/[ \t]+((?:\u001b\[[0-9;]*m)*)$/u, '$1');
}
