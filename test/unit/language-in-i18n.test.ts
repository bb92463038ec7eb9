import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Words and punctuation live in src/i18n: code elsewhere asks the message catalogue, never
 * branches on the language itself. The error-table generator in src/build writes documentation
 * and is left out.
 */
const SRC = path.resolve(import.meta.dirname, '../../src');

/** Chinese that is not a message: what people type, read in either language, and command-line examples. */
const CHINESE_ALLOWED: Record<string, string> = {
  [path.join('plan', 'dates.ts')]: 'reads dates typed 2027年2月28日',
  [path.join('spreadsheet', 'read-sheets.ts')]: 'reads 是/否 as yes/no',
  [path.join('cli', 'main.ts')]: 'example command lines name Chinese files, the same in both languages',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The code of a file without its comments (well enough for this check: no comment markers in strings). */
function codeOf(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function offences(text: string): string[] {
  const code = codeOf(text);
  return [...code.matchAll(/\blang\w*\s*[!=]==?\s*'(zh|en)'|'(zh|en)'\s*[!=]==?\s*\w*lang\b|\p{Script=Han}+/giu)].map((match) => match[0]);
}

describe('language outside src/i18n', () => {
  it('when a branch on the language or a Chinese word is planted then the check finds it', () => {
    expect(offences("const sep = lang === 'zh' ? '、' : '; ';")).toEqual(["lang === 'zh'"]);
    expect(offences("const word = '改进'; // 改进 in a comment is fine")).toEqual(['改进']);
    expect(offences("/* 注释 */ const x = options.lang !== 'en';")).toEqual(["lang !== 'en'"]);
  });

  it('when every source file outside src/i18n and src/build is read then none branches on the language or holds Chinese words', () => {
    const found: Record<string, string[]> = {};
    for (const file of sourceFiles(SRC)) {
      const relative = path.relative(SRC, file);
      if (relative.startsWith(`i18n${path.sep}`) || relative.startsWith(`build${path.sep}`)) continue;
      const here = offences(readFileSync(file, 'utf8')).filter((found) => !(relative in CHINESE_ALLOWED && /\p{Script=Han}/u.test(found)));
      if (here.length > 0) found[relative] = here;
    }
    expect(found).toEqual({});
  });
});
