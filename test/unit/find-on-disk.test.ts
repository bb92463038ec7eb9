import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOnDisk } from '../../src/evidence/check-evidence.js';

// Linux keeps names byte for byte, so a folder copied from a Mac keeps its decomposed (NFD) names
// while the assessment, typed on Windows, names them composed (NFC).
describe('finding an evidence file whose name was written in another Unicode form', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-find-'));
  const cafe = 'Café';
  mkdirSync(path.join(dir, cafe.normalize('NFD')));
  writeFileSync(path.join(dir, cafe.normalize('NFD'), 'menu.pdf'), '');
  writeFileSync(path.join(dir, cafe.normalize('NFD'), 'Résumé.pdf'.normalize('NFD')), '');
  writeFileSync(path.join(dir, '服务承诺.pdf'), '');

  it('finds a file as named', async () => {
    expect(await findOnDisk(path.join(dir, '服务承诺.pdf'))).toBe(path.join(dir, '服务承诺.pdf'));
  });

  it('finds a plain name inside a folder whose name is decomposed on disk', async () => {
    expect(await findOnDisk(path.join(dir, cafe.normalize('NFC'), 'menu.pdf'))).toBe(path.join(dir, cafe.normalize('NFD'), 'menu.pdf'));
  });

  it('finds a decomposed name inside a decomposed folder', async () => {
    const found = await findOnDisk(path.join(dir, cafe.normalize('NFC'), 'Résumé.pdf'.normalize('NFC')));
    expect(found).toBe(path.join(dir, cafe.normalize('NFD'), 'Résumé.pdf'.normalize('NFD')));
  });

  it('finds nothing for names that are not there, in any form', async () => {
    expect(await findOnDisk(path.join(dir, 'docs', '服务承诺.pdf'))).toBeUndefined();
    expect(await findOnDisk(path.join(dir, cafe.normalize('NFC'), 'missing.pdf'))).toBeUndefined();
    expect(await findOnDisk(path.join(dir, 'Crème.pdf'))).toBeUndefined();
  });
});
