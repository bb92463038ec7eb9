import stringWidth from 'string-width';

/**
 * How many columns text takes on a terminal or in a spreadsheet cell: a Chinese character or an
 * emoji takes two, a combining mark none, colour codes nothing. The one measure every renderer
 * uses (the terminal's wrapping and tables, the caret under a diagnostic's line, spreadsheet
 * column widths), so they agree; string-width follows the Unicode East Asian Width and emoji data
 * that terminals follow, which a table of our own would have to keep up with.
 *
 * A leaf at the top of src/, with no import of ours, so any folder may use it.
 */
export function displayWidth(text: string): number {
  return simpleWidth(text) ?? stringWidth(text);
}

/**
 * The width of text made only of printable ASCII, the common CJK ranges and the few symbols the
 * tool itself draws (table lines, ★, ✓, ·, “”), added up character by character; undefined for
 * anything else, which string-width measures. string-width segments every string into grapheme
 * clusters and tests emoji properties on each (its first call builds them, ~20 ms, then ~0.3 ms a
 * line); the assessment's texts are almost all ASCII and Chinese, measured thousands of times for a
 * workbook's column widths or a terminal table. In these ranges each character is a cluster of its
 * own (anything that could join it, a combining mark or a variation selector, is outside them and
 * sends the whole text to string-width), so the sum is exactly what string-width returns
 * (test/unit/display-width.test.ts checks every code point of them against it).
 */
export function simpleWidth(text: string): number | undefined {
  let width = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x20 && code <= 0x7e) width += 1;
    else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3001 && code <= 0x3003) || (code >= 0x3008 && code <= 0x3011) || (code >= 0xff01 && code <= 0xff60)) width += 2;
    else if (isNarrowSymbol(code)) width += 1;
    else return undefined;
  }
  return width;
}

/** One column each: Latin-1 (· × ÷ but the soft hyphen), dashes and quotes (“” ‘’ —), ≤ ≥, box drawing, ★ ☆, ✓ ✗. */
export const NARROW_SYMBOLS: ReadonlyArray<readonly [number, number]> = [
  [0xa1, 0xac],
  [0xae, 0xff],
  [0x2010, 0x2027],
  [0x2030, 0x203e],
  [0x2264, 0x2265],
  [0x2500, 0x257f],
  [0x2605, 0x2606],
  [0x2713, 0x2713],
  [0x2717, 0x2717],
];

function isNarrowSymbol(code: number): boolean {
  for (const [from, to] of NARROW_SYMBOLS) if (code >= from && code <= to) return true;
  return false;
}

/** Blank space as wide as `text` on screen, to line up a mark under it: tabs stay tabs. */
export function blankLike(text: string): string {
  let blank = '';
  for (const ch of text) blank += ch === '\t' ? '\t' : ' '.repeat(stringWidth(ch));
  return blank;
}
