import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceKey, isLink } from '../../src/assessment/evidence-references.js';
import { loadAssessment } from '../../src/assessment/load-assessment.js';
import { checkEvidence, hashFile } from '../../src/evidence/check-evidence.js';
import { evidenceDiagnostics } from '../../src/evidence/evidence-diagnostics.js';
import { safeName } from '../../src/evidence/binder-layout.js';

const SHA_OF_A = 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb'; // `printf a | sha256sum`

function folderWith(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'gbt27922-evidence-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

async function load(folder: string, yaml: string) {
  const file = path.join(folder, '自评.yaml');
  writeFileSync(file, `format: gbt27922-assessment/1\ncatalogue: producer\ncompany: { name: 测试 }\n${yaml}`);
  const loaded = await loadAssessment(file);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.code).join(', '));
  return loaded.value.assessment;
}

describe('evidence paths', () => {
  it('when a path is written the Windows way, with ./ or decomposed Unicode then it is the same key', () => {
    expect(evidenceKey('证据\\服务承诺.pdf')).toBe('证据/服务承诺.pdf');
    expect(evidenceKey('./证据//服务承诺.pdf')).toBe('证据/服务承诺.pdf');
    expect(evidenceKey('证据/培训记录/')).toBe('证据/培训记录');
    expect(evidenceKey('e\u0301.pdf')).toBe('\u00e9.pdf');
    expect(isLink('https://example.com/a.pdf')).toBe(true);
    expect(isLink('C:\\证据\\a.pdf')).toBe(false);
  });

  it('when a name has characters Windows refuses then the binder name replaces them', () => {
    expect(safeName('生产/服务许可证: "A"?')).toBe('生产_服务许可证_ _A__');
    expect(safeName('CON.pdf')).toBe('_CON.pdf');
    expect(safeName('报告. ')).toBe('报告');
  });
});

describe('checkEvidence', () => {
  it('when files are there, recorded, changed, missing, outside or links then each gets its state', async () => {
    const folder = folderWith({ '证据/a.txt': 'a', '证据/b.txt': 'b', '证据/c.txt': 'c' });
    const assessment = await load(
      folder,
      [
        'answers:',
        "  culture.commitment: { result: met, evidence: ['证据\\a.txt', 证据/b.txt, 证据/没有.pdf, ../outside.txt, 'https://example.com/x'] }",
        '  repair.technical-support: { result: met, evidence: [证据/a.txt] }',
        'documents:',
        '  business-license: { status: ready, files: [./证据/c.txt] }',
        'evidenceLog:',
        `  证据/a.txt: { sha256: ${SHA_OF_A} }`,
        `  证据/b.txt: { sha256: ${SHA_OF_A}, recorded: 2026-11-01 }`,
        '',
      ].join('\n'),
    );
    const status = await checkEvidence(assessment);
    const byPath = Object.fromEntries(status.files.map((file) => [file.key, file]));
    expect(byPath['证据/a.txt']!.state).toBe('ok');
    expect(byPath['证据/a.txt']!.sha256).toBe(SHA_OF_A);
    // One path named by two indicators is one file evidencing both.
    expect(byPath['证据/a.txt']!.uses.map((use) => use.id)).toEqual(['culture.commitment', 'repair.technical-support']);
    expect(byPath['证据/b.txt']!.state).toBe('changed');
    expect(byPath['证据/没有.pdf']!.state).toBe('missing');
    expect(byPath['../outside.txt']!.state).toBe('outside');
    expect(byPath['https://example.com/x']!.state).toBe('link');
    expect(byPath['证据/c.txt']).toMatchObject({ state: 'unrecorded', uses: [{ kind: 'document', id: 'business-license' }] });
    expect(status.counts).toMatchObject({ ok: 1, changed: 1, missing: 1, outside: 1, link: 1, unrecorded: 1 });

    const diagnostics = await evidenceDiagnostics(assessment.file, assessment.evidence, status);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['EVIDENCE_CHANGED', 'warning'],
      ['EVIDENCE_MISSING', 'warning'],
      ['EVIDENCE_OUTSIDE', 'warning'],
      ['EVIDENCE_NOT_RECORDED', 'notice'],
    ]);
    // In file order, each at the entry that names it: line 5 of the file, under the caret.
    const missing = diagnostics[1]!.position!;
    expect(missing.line).toBe(5);
    expect(missing.lineText.slice(missing.column - 1)).toMatch(/^证据\/没有\.pdf/);
    expect((await evidenceDiagnostics(assessment.file, assessment.evidence, status, true)).filter((d) => d.severity === 'error')).toHaveLength(3);
  });

  it('when a symlink inside the folder leads outside it then it is outside, and not read', async () => {
    const secret = folderWith({ 'secret.txt': 'secret' });
    const folder = folderWith({});
    symlinkSync(path.join(secret, 'secret.txt'), path.join(folder, 'link.txt'));
    const status = await checkEvidence(await load(folder, 'answers:\n  culture.commitment: { result: met, evidence: [link.txt] }\n'));
    expect(status.files[0]).toMatchObject({ state: 'outside', sha256: null });
  });

  it('when the name on disk is decomposed (copied from a Mac) then the composed name in the file finds it', async () => {
    const folder = folderWith({ 'caf\u0065\u0301.txt': 'a' });
    const status = await checkEvidence(await load(folder, 'answers:\n  culture.commitment: { result: met, evidence: ["caf\u00e9.txt"] }\n'));
    expect(status.files[0]).toMatchObject({ state: 'unrecorded', sha256: SHA_OF_A });
  });

  it('when a folder is evidence then its hash covers the names and contents of its files, and its date is the newest', async () => {
    const folder = folderWith({ '培训/1.txt': 'a', '培训/2.txt': 'b' });
    utimesSync(path.join(folder, '培训/2.txt'), new Date('2026-03-04T05:06:07Z'), new Date('2026-03-04T05:06:07Z'));
    utimesSync(path.join(folder, '培训/1.txt'), new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
    utimesSync(path.join(folder, '培训'), new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
    const assessment = await load(folder, 'answers:\n  culture.commitment: { result: met, evidence: [培训/] }\n');
    const first = (await checkEvidence(assessment)).files[0]!;
    expect(first).toMatchObject({ folder: true, state: 'unrecorded', modified: '2026-03-04T05:06:07Z' });
    writeFileSync(path.join(folder, '培训/1.txt'), 'changed');
    expect((await checkEvidence(assessment)).files[0]!.sha256).not.toBe(first.sha256);
  });

  it.skipIf(process.platform === 'win32')('when the path is neither a file nor a folder (a pipe) then it is unreadable, and not read', async () => {
    const folder = folderWith({});
    execFileSync('mkfifo', [path.join(folder, 'pipe.pdf')]);
    const assessment = await load(folder, 'answers:\n  culture.commitment: { result: met, evidence: [pipe.pdf] }\n');
    const status = await checkEvidence(assessment);
    expect(status.files[0]).toMatchObject({ state: 'unreadable', sha256: null });
    expect((await evidenceDiagnostics(assessment.file, assessment.evidence, status)).map((d) => d.code)).toEqual(['EVIDENCE_UNREADABLE']);
  });
});

describe('hashFile', () => {
  it('when a file is small enough to read whole, or streamed, then the digest is the same sha256', async () => {
    const file = path.join(folderWith({ 'a.txt': 'a' }), 'a.txt');
    expect(await hashFile(file, 1)).toBe(SHA_OF_A); // read whole
    expect(await hashFile(file)).toBe(SHA_OF_A); // streamed: no size given
    // A file larger than what is read whole (8 MB) is streamed, with the digest of its bytes.
    const large = path.join(folderWith({}), 'large.bin');
    const bytes = Buffer.alloc(9 * 1024 * 1024, 7);
    writeFileSync(large, bytes);
    const expected = createHash('sha256').update(bytes).digest('hex');
    expect(await hashFile(large, 9 * 1024 * 1024)).toBe(expected);
    await expect(hashFile(path.join(path.dirname(large), 'gone.bin'), 1)).rejects.toThrow(/ENOENT/);
  });
});
