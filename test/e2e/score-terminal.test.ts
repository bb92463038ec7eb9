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
  it('when stdout is a pipe or a log, then lines and tables keep within 80 columns, or within COLUMNS when it is set', () => {
    const widest = (text: string) => Math.max(...text.split('\n').map((line) => displayWidth(line)));
    for (const lang of ['zh', 'en']) {
      for (const example of ['producer-planning.yaml', 'producer-fails-deductions.yaml', 'seller-compliant.yaml']) {
        const piped = runCli(['score', `examples/${example}`, '--lang', lang], { env: { COLUMNS: '' } });
        expect(piped.stdout).toContain('GB/T 27922');
        expect(widest(piped.stdout), `${example} ${lang}`).toBeLessThanOrEqual(80);
      }
      const wide = runCli(['score', 'examples/producer-planning.yaml', '--lang', lang], { env: { COLUMNS: '120' } });
      expect(widest(wide.stdout)).toBeLessThanOrEqual(120);
      expect(widest(wide.stdout)).toBeGreaterThan(80);
    }
  });

  it('when --help or init prints to a pipe, then Chinese text keeps within 80 columns and no file name is cut', () => {
    const widest = (text: string) => Math.max(...text.split('\n').map((line) => displayWidth(line)));
    for (const lang of ['zh', 'en']) {
      for (const command of ['init', 'score', 'assess', 'report']) {
        const help = runCli([command, '--help', '--lang', lang]);
        expect(help.stdout).toContain('--help');
        expect(widest(help.stdout), `${command} --help ${lang}`).toBeLessThanOrEqual(80);
      }
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-init-'));
    const init = runCli(['init', '-t', 'producer', '--company', '某公司', '-o', 'gbt27922-assessment-of-some-company.yaml'], { cwd: dir });
    expect(init.status).toBe(0);
    expect(widest(init.stdout)).toBeLessThanOrEqual(80);
    expect(init.stdout.split('\n').filter((line) => line.includes('gbt27922-assessment-of-some-company.yaml')).length).toBeGreaterThanOrEqual(2);
  });

  it("when a gap has the company's note and a plan note, then the plan note is labelled as the plan's", () => {
    const zh = runCli(['score', 'examples/producer-planning.yaml', '--lang', 'zh'], { env: { COLUMNS: '200' } });
    expect(zh.stdout).toContain('备注：尚无维修知识库');
    expect(zh.stdout).toContain('计划备注：由技术部牵头');
    expect(zh.stdout).not.toMatch(/(?<!计划)备注：由技术部牵头/);
    const en = runCli(['score', 'examples/producer-planning.yaml', '--lang', 'en'], { env: { COLUMNS: '200' } });
    expect(en.stdout).toContain('Plan note: 由技术部牵头');
  });

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
    it('folds the message and the fix of each error to an 80-column terminal, and leaves the quoted line and its caret whole', async () => {
      for (const lang of ['zh', 'en']) {
        session = TmuxSession.start(`node ${bin} score test/fixtures/invalid-INVALID_ANSWER.yaml test/fixtures/invalid-YAML_FULLWIDTH_COLON.yaml --lang ${lang}`, {}, { columns: 80, rows: 200 });
        await session.waitFor('EXIT=');
        const screen = session.screen(true);
        session.stop();
        expect(screen).toContain('[YAML_FULLWIDTH_COLON]');
        for (const line of screen.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
        expect(screen).toContain('5 |   culture.goals：met');
      }
    }, 60_000);

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
          // Nor by the tool's own folding: "SB/T" and "GB/T" are names, not places to break.
          expect(screen).not.toMatch(/[SG]B\/\n/);
        }
      }, 60_000);
    }
  });
});
