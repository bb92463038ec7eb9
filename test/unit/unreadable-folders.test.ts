import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

/** Folders named `locked` cannot be listed, as a folder without read permission (tests may run as root, where chmod does not stop a read). */
vi.mock('../../src/source/file-system.js', async (importOriginal) => (await import('../helpers/locked-folders.js')).lockedFolders(importOriginal));

const { expandInputs } = await import('../../src/cli/expand-inputs.js');
const { scanEvidence } = await import('../../src/questionnaire/evidence-scan.js');
const { loadApplicationRequirements } = await import('../../src/certification/load-application.js');
const { UserError } = await import('../../src/model/diagnostic.js');
const { main } = await import('../../src/cli/main.js');

function tree(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-locked-'));
  mkdirSync(path.join(dir, 'locked'));
  mkdirSync(path.join(dir, 'open'));
  writeFileSync(path.join(dir, 'open', 'a.yaml'), 'format: gbt27922-assessment/1\n');
  writeFileSync(path.join(dir, 'open', '营业执照.pdf'), '');
  return dir;
}

describe('folders that cannot be listed', () => {
  it('when `score FOLDER` meets a subfolder it cannot read, then it scores the rest and names that folder, instead of an internal error', async () => {
    const dir = tree();
    const expanded = await expandInputs([dir]);
    expect(expanded.files).toEqual([path.join(dir, 'open', 'a.yaml')]);
    expect(expanded.unreadable).toEqual([path.join(dir, 'locked')]);

    const stderr: string[] = [];
    const status = await main(['node', 'gbt27922', 'validate', dir, '--lang', 'en'], { stdout: () => undefined, stderr: (text) => void stderr.push(text), stdoutIsTTY: false, stderrIsTTY: false });
    expect(stderr.join('')).toContain('warning[FOLDER_UNREADABLE]');
    expect(stderr.join('')).toContain(path.join(dir, 'locked'));
    expect(status).toBe(2); // the one file found is not a valid assessment; the point is that it was checked
  });

  it('when `score FOLDER` cannot read the folder itself, then it is named and nothing is scored', async () => {
    const expanded = await expandInputs([path.join(tree(), 'locked')]);
    expect(expanded.files).toEqual([]);
    expect(expanded.unreadable).toHaveLength(1);
    expect(expanded.empty).toHaveLength(1);
  });

  it('when --evidence-dir holds a folder it cannot read (as / does), then the rest is scanned', async () => {
    const { documents } = await loadApplicationRequirements();
    const found = await scanEvidence(tree(), documents);
    expect((found.get('business-license') ?? []).map((file) => path.basename(file))).toEqual(['营业执照.pdf']);
  });

  it('when --evidence-dir itself cannot be read, then it is a coded error, not an internal one', async () => {
    const { documents } = await loadApplicationRequirements();
    const failure = await scanEvidence(path.join(tree(), 'locked'), documents).catch((cause: unknown) => cause);
    expect(failure).toBeInstanceOf(UserError);
    expect((failure as InstanceType<typeof UserError>).diagnostics[0]).toMatchObject({ code: 'EVIDENCE_DIR_INVALID', params: { reason: 'EACCES' } });
  });
});
