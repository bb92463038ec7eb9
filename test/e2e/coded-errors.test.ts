import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const example = path.join(repoRoot, 'examples', 'producer-4star.yaml');
const temp = () => mkdtempSync(path.join(tmpdir(), 'gbt27922-coded-'));

describe('what used to be an internal error (exit 3) is a coded error', () => {
  it.each(['application.yaml', 'audit-effort.yaml'])('when --catalogue names the shipped data file %s, then it is refused as not a catalogue', (name) => {
    const run = runCli(['score', example, '--catalogue', path.join(repoRoot, 'indicators', name), '--lang', 'en']);
    expect(run.stderr).toContain('CATALOGUE_NOT_A_CATALOGUE');
    expect(run.status).toBe(2);
  });

  it.each([3000, 30_000, 300_000])('when --font is a TTF cut off after %i bytes, then it is refused as unusable', (bytes) => {
    const font = path.join(temp(), 'cut.ttf');
    writeFileSync(font, readFileSync(path.join(repoRoot, 'templates', 'fonts', 'NotoSansSC-GB2312-Regular.ttf')).subarray(0, bytes));
    const run = runCli(['report', example, '-o', path.join(temp(), 'r.pdf'), '--font', font, '--lang', 'en']);
    expect(run.stderr).toContain('FONT_UNSUPPORTED');
    expect(run.stderr).not.toContain('INTERNAL');
    expect(run.status).toBe(2);
  }, 30_000);
});
