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
  return stringWidth(text);
}

/** Blank space as wide as `text` on screen, to line up a mark under it: tabs stay tabs. */
export function blankLike(text: string): string {
  let blank = '';
  for (const ch of text) blank += ch === '\t' ? '\t' : ' '.repeat(stringWidth(ch));
  return blank;
}
