import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiStrings, escapeRegExpLiterals } from '../../src/build/ascii-only.js';

/** The regular expression a one-line source `const r = /…/flags;` holds, built by the engine. */
const regExpOf = (source: string) => new Function(`${source}; return r;`)() as RegExp;

describe('escapeRegExpLiterals', () => {
  it('when a regular expression holds Chinese punctuation then only it is escaped, strings and comments stay', () => {
    const source = "const label = '冒号：'; // 全角\nconst r = /[:：]\\s*$/u;\nconst half = width / 2 / 中;";
    const escaped = escapeRegExpLiterals(source);
    expect(escaped).toBe("const label = '冒号：'; // 全角\nconst r = /[:\\uff1a]\\s*$/u;\nconst half = width / 2 / 中;");
  });

  it('when a character is outside the Basic Multilingual Plane then its two surrogates stand for it, in a u expression one code point', () => {
    const escaped = escapeRegExpLiterals('const r = /^[😀★]$/u;');
    expect(escaped).toBe('const r = /^[\\ud83d\\ude00\\u2605]$/u;');
    expect(regExpOf(escaped).test('😀')).toBe(true);
    expect(regExpOf(escaped).test('\ud83d')).toBe(false);
  });

  it('when a character outside ASCII is written with a backslash then the escape stands for it alone', () => {
    // `\　` is an identity escape of the ideographic space; `\\u3000` would match a backslash and "u3000".
    expect(escapeRegExpLiterals('const r = /[\\　]\\\\：/;')).toBe('const r = /[\\u3000]\\\\\\uff1a/;');
    const escaped = regExpOf(escapeRegExpLiterals('const r = /^\\　+$/;'));
    expect(escaped.test('　　')).toBe(true);
    expect(escaped.test('\\u3000')).toBe(false);
  });

  it('when any text is matched then the escaped expression matches exactly where the written one does', () => {
    const written = [
      'const r = /[\\t：　，“”‘’「」]/;',
      'const r = /^(合计|总计|小计|共计|total|sum)/i;',
      'const r = /^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$/;',
      'const r = /^(\\s*(?:(?:[·•*✗✓?ℹ−-]|\\d+[.)])\\s+)?)/u;',
    ];
    const alphabet = fc.constantFrom(...'：　，“”‘’「」合计总小共年月日·•✗✓ℹ−-*?.)/ \tabtotalsum0123456789'.split(''));
    for (const source of written) {
      const escaped = escapeRegExpLiterals(source);
      expect(escaped).toMatch(/^[\x00-\x7f]*$/);
      const [before, after] = [regExpOf(source), regExpOf(escaped)];
      fc.assert(
        fc.property(fc.array(alphabet, { maxLength: 16 }), (characters) => {
          const text = characters.join('');
          expect(after.exec(text)?.[0]).toBe(before.exec(text)?.[0]);
        }),
      );
    }
  });
});

describe('asciiStrings', () => {
  it('when generated code holds Chinese in its strings then they are escaped and the values are the same', () => {
    const code = 'exports.note = "also read: 符合 | 不符合"; exports.pattern = new RegExp("^[：]$", "u");';
    const escaped = asciiStrings(code);
    expect(escaped).toMatch(/^[\x00-\x7f]*$/);
    const load = (source: string) => {
      const module = { exports: {} as Record<string, unknown> };
      new Function('exports', source)(module.exports);
      return module.exports;
    };
    expect(load(escaped).note).toBe('also read: 符合 | 不符合');
    expect((load(escaped).pattern as RegExp).test('：')).toBe(true);
  });
});
