import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { repoRoot, testCache } from '../helpers/run-cli.js';

/**
 * The shipped data the build checked (dist/generated/data) is used only while what it was checked
 * against is unchanged. These runs use a copy of the built package whose data files are edited.
 */
function packageCopy(): string {
  const copy = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-shipped-')), 'package');
  mkdirSync(copy);
  for (const part of ['bin', 'package.json', 'dist', 'indicators', 'examples']) cpSync(path.join(repoRoot, part), path.join(copy, part), { recursive: true });
  return copy;
}

describe('data checked at build time', () => {
  it('when indicators/gbt27922-clauses.yaml no longer has a clause a shipped catalogue cites then score refuses the catalogue, naming the clause', () => {
    const copy = packageCopy();
    const clauses = path.join(copy, 'indicators', 'gbt27922-clauses.yaml');
    writeFileSync(clauses, readFileSync(clauses, 'utf8').replace(/^ {2}- \{ id: "5\.1\.6",.*\n/m, ''));
    const run = spawnSync(process.execPath, [path.join(copy, 'bin', 'gbt27922.cjs'), 'score', path.join(copy, 'examples', 'producer-4star.yaml')], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...testCache() },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('CATALOGUE_UNKNOWN_CLAUSE');
    expect(run.stderr).toContain('5.1.6');
  });
});
