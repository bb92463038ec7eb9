import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { blankLike, displayWidth, NARROW_SYMBOLS, simpleWidth } from '../../src/display-width.js';
import { error } from '../../src/model/diagnostic.js';
import { formatDiagnostic } from '../../src/report/format-diagnostic.js';
import { wrapText } from '../../src/report/wrap-text.js';

/** Where the caret under the quoted line stands, in columns after the gutter. */
function caretColumn(lineText: string, column: number): number {
  const text = formatDiagnostic(error('SCHEMA_TYPE', { path: 'x', expected: 'string' }, { file: 'a.yaml', position: { line: 1, column, length: 1, lineText } }), 'en');
  const caretLine = text.split('\n').find((line) => /\|\s*\^/.test(line))!;
  return displayWidth(caretLine.slice(caretLine.indexOf('| ') + 2, caretLine.indexOf('^')));
}

describe('display width, one measure for every renderer', () => {
  it('when text holds Chinese, an emoji, a combining mark or colour codes then each takes the columns a terminal gives it', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('示例公司')).toBe(8);
    expect(displayWidth('😀')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('\u001b[31m红\u001b[39m')).toBe(2);
  });

  it('when text is only ASCII and common CJK then the quick sum agrees with string-width for every such character, and leaves all else to it', () => {
    const ranges: Array<[number, number]> = [[0x20, 0x7e], [0x3001, 0x3003], [0x3008, 0x3011], [0x4e00, 0x9fff], [0xff01, 0xff60], ...NARROW_SYMBOLS];
    for (const [from, to] of ranges) {
      for (let code = from; code <= to; code++) {
        const character = String.fromCharCode(code);
        expect(simpleWidth(character), code.toString(16)).toBe(stringWidth(character));
      }
    }
    expect(simpleWidth('售后服务（2027）：abc、《》')).toBe(stringWidth('售后服务（2027）：abc、《》'));
    expect(simpleWidth('“引号” ★ ✓ ✗ ·─│')).toBe(stringWidth('“引号” ★ ✓ ✗ ·─│'));
    for (const other of ['\t', '\n', '\u001b[31m', 'e\u0301', '😀', '✓\ufe0f', '★\ufe0e', '\u200b', '\u00ad', '한국', 'ｱ', '\u3000', '\u302a']) expect(simpleWidth(other), other).toBeUndefined();
  });

  it('when a diagnostic points after an emoji or a combining mark then the caret stands under the place', () => {
    expect(caretColumn('name: 😀x', 'name: 😀'.length + 1)).toBe(displayWidth('name: 😀'));
    expect(caretColumn('name: e\u0301x', 'name: e\u0301'.length + 1)).toBe(displayWidth('name: e\u0301'));
    expect(caretColumn('name: 示例x', 'name: 示例'.length + 1)).toBe(10);
  });

  it('when a blank is made to line up under text then it is as wide, tabs kept', () => {
    expect(blankLike('\t示例 😀')).toBe('\t' + ' '.repeat(7));
  });

  it('when the terminal wraps text then no line is wider than the width by the same measure', () => {
    const wrapped = wrapText('售后服务 😀 体系 '.repeat(20), 30);
    for (const line of wrapped.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(30);
  });
});
