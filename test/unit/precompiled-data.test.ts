import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPrecompiled, writePrecompiled } from '../../src/source/precompiled-data.js';
import { repoRoot } from '../helpers/run-cli.js';

/** A data file of this test's own, so the build's entries are not touched. */
const name = `precompiled-test-${process.pid}.yaml`;
const source = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-precompiled-')), name);
const generated = path.join(repoRoot, 'dist', 'generated', 'data');

afterAll(() => {
  for (const suffix of ['.json', '.source']) rmSync(path.join(generated, `${name}${suffix}`), { force: true });
});

describe('data checked at build time', () => {
  it('when the YAML is unchanged then the JSON is used; when a byte of it changes, even keeping its length, it is not', () => {
    writeFileSync(source, 'id: 甲\nvalue: 1\n');
    writePrecompiled(source, { id: '甲', value: 1 }, 'example');
    expect(readPrecompiled(source, 'example')).toEqual({ id: '甲', value: 1 });
    // Another kind's entry is never read as this one.
    expect(readPrecompiled(source, 'catalogue')).toBeUndefined();
    writeFileSync(source, 'id: 乙\nvalue: 1\n');
    expect(readPrecompiled(source, 'example')).toBeUndefined();
    writeFileSync(source, 'id: 甲\nvalue: 1\n');
    expect(readPrecompiled(source, 'example')).toEqual({ id: '甲', value: 1 });
  });
});
