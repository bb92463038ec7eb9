import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadAssessment } from '../../src/assessment/load-assessment.js';
import { MAX_SOURCE_BYTES, readSource } from '../../src/source/read-source.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';

const encodings = path.join(import.meta.dirname, '..', 'fixtures', 'encodings');
const reference = path.join(import.meta.dirname, '..', '..', 'examples', 'seller-compliant.yaml');

describe('files as Windows, macOS and Linux users save them', () => {
  it.each(readdirSync(encodings))('%s is read correctly and scores exactly as the UTF-8 original', async (file) => {
    const loaded = await loadAssessment(path.join(encodings, file));
    const original = await loadAssessment(reference);
    if (!loaded.ok || !original.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const result = scoreAssessment(loaded.value);
    const expected = scoreAssessment(original.value);
    expect(result.company.name).toBe('青禾家居商贸有限公司');
    expect(result.score.compare(expected.score)).toBe(0);
    expect(result.indicators.map((i) => i.naReason)).toEqual(expected.indicators.map((i) => i.naReason));
    const notices = loaded.diagnostics.map((d) => d.code);
    expect(notices).toEqual(file === 'crlf.yaml' ? [] : ['ENCODING_CONVERTED']);
  });
});

describe('files that are not assessments', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-read-'));

  it('a missing file, a folder, an empty file', async () => {
    expect((await readSource(path.join(dir, 'nope.yaml'))).diagnostics[0]?.code).toBe('FILE_NOT_FOUND');
    expect((await readSource(dir)).diagnostics[0]?.code).toBe('FILE_IS_DIRECTORY');
    writeFileSync(path.join(dir, 'blank.yaml'), '\n  \n');
    expect((await readSource(path.join(dir, 'blank.yaml'))).diagnostics[0]?.code).toBe('FILE_EMPTY');
  });

  it('a file over the size limit is refused before it is read', async () => {
    const big = path.join(dir, 'big.yaml');
    writeFileSync(big, Buffer.alloc(MAX_SOURCE_BYTES + 1, 0x61));
    expect((await readSource(big)).diagnostics[0]).toMatchObject({ code: 'FILE_TOO_LARGE', params: { size: MAX_SOURCE_BYTES + 1 } });
  });

  it('input nested thousands deep is refused, not a stack overflow', async () => {
    const deep = path.join(dir, 'deep.yaml');
    writeFileSync(deep, `a: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
    const loaded = await loadAssessment(deep);
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['YAML_TOO_DEEP']);
  });

  it('a file the system will not let us read', async () => {
    vi.resetModules();
    vi.doMock('node:fs', async (original) => {
      const actual = await original<typeof import('node:fs')>();
      const readFileSync = () => {
        throw Object.assign(new Error('denied'), { code: 'EACCES' });
      };
      return { ...actual, readFileSync, default: { ...actual, readFileSync } };
    });
    const { readSource: mockedRead } = await import('../../src/source/read-source.js');
    expect((await mockedRead(reference)).diagnostics[0]).toMatchObject({ code: 'FILE_UNREADABLE', params: { reason: 'EACCES' } });
    vi.doUnmock('node:fs');
  });
});
