import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { errorTableMarkdown } from '../../src/build/error-table.js';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '..', '..');

// That every code comes out of a real input is error-codes-produced.test.ts.
describe('the error codes', () => {
  it('docs/errors.md is the table the message files make (npm run docs:errors)', () => {
    expect(readFileSync(path.join(root, 'docs', 'errors.md'), 'utf8')).toBe(errorTableMarkdown());
  });

  it('an unexpected failure is INTERNAL with exit status 3, never 0 and never a bare stack trace', async () => {
    const errors: string[] = [];
    const status = await main(['node', 'gbt27922', 'score', path.join(root, 'examples', 'producer-4star.yaml')], {
      stdout: () => {
        throw new Error('disk full');
      },
      stderr: (text) => void errors.push(text),
      stdoutIsTTY: false,
      stderrIsTTY: false,
    });
    expect(status).toBe(3);
    expect(errors.join('')).toContain('INTERNAL');
    expect(errors.join('')).toContain('disk full');
    expect(errors.join('')).not.toMatch(/\n\s+at /);
  });
});

describe('every invalid fixture through the real binary', () => {
  const fixtures = path.join(root, 'test', 'fixtures');
  const files = [
    ...readdirSync(fixtures)
      .filter((name) => name.startsWith('invalid-'))
      .map((name) => path.join(fixtures, name)),
    ...readdirSync(path.join(fixtures, 'catalogues'))
      .filter((name) => name.startsWith('invalid-'))
      .map((name) => path.join(fixtures, 'catalogues', name)),
  ];
  it.each(files.map((file) => [path.basename(file), file]))('%s: its code, and exit status 2', (_name, file) => {
    const code = /invalid-([A-Z_]+)/.exec(file)![1]!;
    const run = runCli(['validate', file]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`[${code}]`);
  });
});
