import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadApplicationRequirements } from '../../src/certification/load-application.js';
import { safeData, safeText } from '../../src/i18n/safe-text.js';
import { isUserError } from '../../src/model/diagnostic.js';
import { Rational } from '../../src/model/rational.js';
import { acquireLock } from '../../src/questionnaire/file-lock.js';
import { runQuestionnaire } from '../../src/questionnaire/run-questionnaire.js';
import { formatDiagnostic } from '../../src/report/format-diagnostic.js';
import { pick, ScriptedPrompter, type } from '../helpers/scripted-prompter.js';

const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('safeText', () => {
  it('when text holds C0, ESC, BEL, DEL or C1 controls, then each becomes a visible escape, tab too', () => {
    expect(safeText('a\u001b]0;x\u0007b\u001b[2J\u007f\u009b\r\n\t')).toBe('a\\x1B]0;x\\x07b\\x1B[2J\\x7F\\x9B\\r\\n\\t');
    expect(safeText('某某电器有限公司 ★')).toBe('某某电器有限公司 ★');
  });

  it('when text holds characters that reorder it on screen, then each becomes a visible escape', () => {
    // U+202E (right-to-left override) shows "报告\u202Efdp.exe" as "报告exe.pdf"; isolates, embeddings and marks likewise.
    expect(safeText('报告\u202Efdp.exe')).toBe('报告\\u202Efdp.exe');
    expect(safeText('a\u2066b\u2069\u200e\u200f\u061c\u202a')).toBe('a\\u2066b\\u2069\\u200E\\u200F\\u061C\\u202A');
    // Punctuation near them is kept: the en and em dashes, the ellipsis, Chinese quotes.
    expect(safeText('–—…“”')).toBe('–—…“”');
  });

  it('when data is copied safe, then numbers and exact rationals are kept as they are', () => {
    const value = { name: 'x\u001b', points: 3, score: Rational.int(95), list: ['\u0007'] };
    const copy = safeData(value);
    expect(copy).toEqual({ name: 'x\\x1B', points: 3, score: value.score, list: ['\\x07'] });
    expect(copy.score).toBe(value.score);
  });
});

describe('what comes from a file, shown', () => {
  it('when an excerpt line holds escapes, then the caret still stands under the place', () => {
    const lineText = 'name: "\u001b[2Jbad';
    const text = formatDiagnostic({ code: 'YAML_SYNTAX', severity: 'error', params: { detail: 'x\u001b' }, file: 'f\u001b.yaml', position: { line: 1, column: 12, length: 3, lineText } }, 'en');
    expect(text).not.toMatch(raw);
    const [, , quoted, caret] = text.split('\n');
    expect(quoted!.indexOf('bad')).toBe(caret!.indexOf('^'));
    expect(text).toContain('f\\x1B.yaml:1:12');
  });

  it('when a line is indented with a tab, then the excerpt shows it as \\t with the caret under it', () => {
    const text = formatDiagnostic({ code: 'YAML_TAB_INDENT', severity: 'error', params: {}, file: 'a.yaml', position: { line: 3, column: 1, length: 1, lineText: '\tculture.goals: met' } }, 'en');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    const [, , quoted, caret] = text.split('\n');
    expect(quoted).toBe('  3 | \\tculture.goals: met');
    expect(caret).toBe('    | ^^');
  });

  it('when a lock file names its owner with escapes, then the refusal shows them as visible escapes', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-safe-')), 'a.yaml');
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: 1, host: 'evil\u001b]0;PWNED\u0007', since: '\u001b[2J' }));
    let shown = '';
    try {
      acquireLock(file);
    } catch (cause) {
      if (!isUserError(cause)) throw cause;
      shown = cause.diagnostics.map((d) => formatDiagnostic(d, 'zh')).join('\n');
    }
    expect(shown).toContain('FILE_LOCKED');
    expect(shown).toContain('evil\\x1B]0;PWNED\\x07');
    expect(shown).not.toMatch(raw);
  });

  it('when a catalogue carries escapes, then the questionnaire shows its cards with visible escapes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-safe-'));
    const catalogue = path.join(dir, 'catalogue.yaml');
    writeFileSync(
      catalogue,
      readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'catalogues', 'custom-valid.yaml'), 'utf8').replace(
        '{ zh: 有书面的服务理念。, en: A written service philosophy. }',
        '{ zh: "有书面的服务理念。\\e]0;PWNED\\a", en: "x" }',
      ),
    );
    // Every shipped eligibility condition and document: no profile named, so all are asked.
    const { eligibility, documents } = await loadApplicationRequirements();
    const prompter = new ScriptedPrompter([type('某公司\u001b[2J'), type('58'), pick(false), ...eligibility.map(() => pick(true)), ...documents.map(() => pick('ready'))]);
    await runQuestionnaire({ file: path.join(dir, 'a.yaml'), prompter, lang: 'zh', colorLevel: 0, catalogueOverride: catalogue, today: '2026-11-27' }).catch(() => undefined);
    const transcript = prompter.transcript.join('\n');
    expect(transcript).toContain('有书面的服务理念。\\x1B]0;PWNED\\x07');
    // (The scripted prompter notes select defaults by value, and navigation values start with NUL: not shown to anyone.)
    expect(prompter.transcript.filter((line) => raw.test(line.replace(/ \(default [^)]*\)$/, '')))).toEqual([]);
  });
});
