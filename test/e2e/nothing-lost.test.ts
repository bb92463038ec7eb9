import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir, hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssessment } from '../../src/assessment/load-assessment.js';
import { UserError } from '../../src/model/diagnostic.js';
import { acquireLock } from '../../src/questionnaire/file-lock.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const KILLS = Number(process.env.KILL_RUNS ?? 12);

describe('nothing a user wrote is ever lost', () => {
  it(`a process killed in the middle of saving, ${KILLS} times over, leaves a whole file: the old answers or the new`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-kill-'));
    const file = path.join(dir, 'assessment.yaml');
    copyFileSync(path.join(repoRoot, 'examples', 'producer-4star.yaml'), file);
    const ids = ['culture.philosophy', 'culture.commitment', 'rules.standards', 'repair.assurance', 'customers.relationship'];
    let lastGeneration = 0;
    for (let run = 0; run < KILLS; run++) {
      const child = spawn(process.execPath, [path.join(repoRoot, 'test', 'helpers', 'save-forever.mjs'), file, ...ids], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.floor(Math.random() * 120)));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));

      const loaded = await loadAssessment(file);
      expect(loaded.ok, JSON.stringify(loaded.diagnostics)).toBe(true);
      if (!loaded.ok) return;
      const generation = loaded.value.assessment.company.employees!;
      const expected = generation % 2 === 0 ? 'met' : 'unmet';
      for (const id of ids) expect(loaded.value.assessment.answers.get(id)?.kind, `${id} in generation ${generation}`).toBe(expected);
      expect(loaded.value.assessment.answers.size).toBe(27); // the other answers are untouched
      lastGeneration = generation;
    }
    expect(lastGeneration).toBeGreaterThan(0);
    // Temporary files of killed saves may remain; the assessment itself is never one of them.
    expect(readdirSync(dir).filter((name) => !name.startsWith('.'))).toEqual(['assessment.yaml']);
  }, 60_000);

  it('a second questionnaire on the same file is refused, naming the first; a stale lock is taken over', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-lock-'));
    const file = path.join(dir, 'a.yaml');
    const release = acquireLock(file);
    try {
      acquireLock(file);
      expect.unreachable('the second lock must be refused');
    } catch (cause) {
      expect(cause).toBeInstanceOf(UserError);
      expect((cause as UserError).diagnostics[0]).toMatchObject({ code: 'FILE_LOCKED', params: { pid: process.pid } });
    }
    release();
    expect(existsSync(`${file}.lock`)).toBe(false);

    // A lock left by a process that no longer exists (a crash, a closed terminal).
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), since: '2026-01-01T00:00:00Z' }));
    const again = acquireLock(file);
    again();

    // An empty lock is one being written this instant while it is young, and stale once it is old.
    writeFileSync(`${file}.lock`, '');
    expect(() => acquireLock(file)).toThrow(UserError);
    utimesSync(`${file}.lock`, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    acquireLock(file)();
  });

  it('an output that cannot be written is an error with the reason, not a crash', () => {
    const run = runCli(['init', '--type', 'producer', '-o', path.join(tmpdir(), 'no-such-folder-gbt27922', 'x.yaml')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('OUTPUT_NOT_WRITABLE');
    expect(run.stderr).toContain('ENOENT');
  });
});
