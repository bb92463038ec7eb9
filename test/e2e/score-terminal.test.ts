import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/display-width.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { hasTmux, TmuxSession } from '../helpers/tmux.js';

const bin = path.join(repoRoot, 'bin', 'gbt27922.cjs');
let session: TmuxSession | undefined;
afterEach(() => session?.stop());

describe('score on a terminal', () => {
  it('names each of several files and ends with one line per file', () => {
    const run = runCli(['score', 'examples/producer-4star.yaml', 'examples/seller-compliant.yaml', 'test/fixtures/invalid-FILE_EMPTY.yaml', '--min-level', '4star']);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('━━ examples/producer-4star.yaml ━━');
    expect(run.stdout).toContain('━━ examples/seller-compliant.yaml ━━');
    const summary = run.stdout.slice(run.stdout.lastIndexOf('各文件结果'));
    expect(summary.split('\n').filter(Boolean)).toEqual([
      '各文件结果',
      '  ✓ examples/producer-4star.yaml  94.7  ★★★★ 四星级',
      '  ✗ examples/seller-compliant.yaml  77.0  达标级  未达到要求',
      '  ✗ test/fixtures/invalid-FILE_EMPTY.yaml  有错误，未评分',
    ]);
  });

  it('answers an invalid --min-level and an invalid --format with a short error naming the allowed values, never the whole help', () => {
    for (const lang of ['zh', 'en']) {
      const level = runCli(['score', 'examples/producer-4star.yaml', '--min-level', '6star', '--lang', lang]);
      const format = runCli(['score', 'examples/producer-4star.yaml', '--format', 'xml', '--lang', lang]);
      for (const run of [level, format]) {
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr.trim().split('\n').length).toBeLessThanOrEqual(3);
        expect(run.stderr).not.toMatch(/Usage:|用法：/);
      }
      expect(level.stderr).toContain('compliant, 3star, 4star, 5star');
      expect(format.stderr).toContain('terminal, json, jsonl, markdown, junit');
      expect(format.stderr.trim().split('\n').at(-1)).toBe(lang === 'zh' ? '（运行 gbt27922 score --help 查看用法）' : '(run gbt27922 score --help for usage)');
    }
  });

  describe.skipIf(!hasTmux && !process.env.CI)('in a real terminal (tmux)', () => {
    for (const columns of [80, 120]) {
      it(`keeps every line within ${columns} columns, in Chinese and in English`, async () => {
        for (const lang of ['zh', 'en']) {
          const out = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-cols-')), 'done');
          session = TmuxSession.start(`node ${bin} score examples/seller-compliant.yaml --lang ${lang} && touch ${out}`, {}, { columns, rows: 200 });
          await session.waitFor('EXIT=');
          // Joined: a line the terminal had to wrap itself shows here wider than the terminal.
          const screen = session.screen(true);
          session.stop();
          const lines = screen.split('\n').filter((line) => !line.startsWith('EXIT='));
          for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
          // Nothing was cut by the terminal: no line is exactly full and then continued mid-word.
          expect(screen).toContain(lang === 'zh' ? '预计得分：77.0 / 100' : 'Projected score: 77.0 / 100');
          expect(screen).not.toMatch(/\bw\nithout|rule\ns\.standards|Ctrl-\nC/);
        }
      }, 60_000);
    }
  });
});
