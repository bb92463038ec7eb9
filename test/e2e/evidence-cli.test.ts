import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { readXlsx } from '../helpers/xlsx-reader.js';
import { hasPoppler, pdfText } from '../helpers/pdf-tools.js';

const env = { GBT27922_TODAY: '2026-12-01' };
const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** A company's folder: the assessment with a comment, evidence under Chinese names, one written the Windows way. */
function company(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'gbt27922-evidence-e2e-'));
  mkdirSync(path.join(folder, '证据', '培训记录'), { recursive: true });
  writeFileSync(path.join(folder, '证据', '服务承诺.pdf'), '承诺书 v1');
  writeFileSync(path.join(folder, '证据', '营业执照.pdf'), '营业执照');
  writeFileSync(path.join(folder, '证据', '培训记录', '2026-01.xlsx'), 'jan');
  utimesSync(path.join(folder, '证据', '营业执照.pdf'), new Date('2026-05-06T07:08:09Z'), new Date('2026-05-06T07:08:09Z'));
  writeFileSync(
    path.join(folder, '自评.yaml'),
    [
      'format: gbt27922-assessment/1',
      'catalogue: producer   # 我们的指标体系',
      'company: { name: 测试电器有限公司 }',
      'answers:',
      "  culture.commitment: { result: met, evidence: ['证据\\服务承诺.pdf'] }   # 官网公示",
      '  organisation.training: { result: 7/10, evidence: [证据/培训记录/, 证据/缺少的.pdf] }',
      'documents:',
      '  business-license: { status: ready, files: [证据/营业执照.pdf] }',
      '',
    ].join('\n'),
  );
  return folder;
}

describe('gbt27922 evidence', () => {
  it('lists every evidence file with its state, records sha256 and dates keeping comments, then notices a change', () => {
    const folder = company();
    const file = path.join(folder, '自评.yaml');
    const before = runCli(['evidence', '自评.yaml'], { cwd: folder, env });
    expect(before.status).toBe(0);
    expect(before.stdout).toContain('4 个证据文件：1 个缺失，3 个未记录');
    expect(before.stderr).toContain('警告[EVIDENCE_MISSING] 自评.yaml:6:');
    expect(before.stderr).toContain('[EVIDENCE_NOT_RECORDED]');

    const record = runCli(['evidence', '自评.yaml', '--record'], { cwd: folder, env });
    expect(record.status).toBe(0);
    expect(record.stderr).toContain('已在 自评.yaml 中记录 3 个证据文件');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('catalogue: producer   # 我们的指标体系');
    expect(text).toContain("evidence: ['证据\\服务承诺.pdf'] }   # 官网公示");
    expect(text).toContain(`证据/营业执照.pdf: { sha256: ${sha('营业执照')}, modified: 2026-05-06T07:08:09Z, recorded: 2026-12-01 }`);
    expect(text).toContain(`证据/服务承诺.pdf: { sha256: ${sha('承诺书 v1')}`);
    // Recording again changes nothing, byte for byte.
    expect(runCli(['evidence', '自评.yaml', '--record'], { cwd: folder, env }).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(text);

    const valid = runCli(['validate', '自评.yaml'], { cwd: folder, env });
    expect(valid.status).toBe(0);
    expect(valid.stderr).not.toContain('EVIDENCE_CHANGED');
    writeFileSync(path.join(folder, '证据', '服务承诺.pdf'), '承诺书 v2');
    const changed = runCli(['validate', '自评.yaml'], { cwd: folder, env });
    expect(changed.status).toBe(0);
    expect(changed.stdout).toContain('格式正确');
    expect(changed.stderr).toContain('警告[EVIDENCE_CHANGED] 自评.yaml:5:');
    expect(changed.stderr).toContain(`sha256 ${sha('承诺书 v1').slice(0, 12)} → ${sha('承诺书 v2').slice(0, 12)}`);
    const strict = runCli(['validate', '--strict-evidence', '自评.yaml'], { cwd: folder, env });
    expect(strict.status).toBe(2);
    expect(strict.stderr).toContain('错误[EVIDENCE_CHANGED]');
    expect(strict.stdout).toBe('');
    expect(runCli(['evidence', '--strict', '自评.yaml'], { cwd: folder, env }).status).toBe(2);
  });

  it('--record on the file init writes (a comment after each section key) adds only the evidenceLog lines', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'gbt27922-evidence-init-'));
    expect(runCli(['init', '--type', 'producer', '-o', '自评.yaml', '--company', '某某电器'], { cwd: folder, env }).status).toBe(0);
    mkdirSync(path.join(folder, '证据'));
    writeFileSync(path.join(folder, '证据', '组织机构图.pdf'), '组织机构图');
    const file = path.join(folder, '自评.yaml');
    const written = readFileSync(file, 'utf8').replace(/^( {2}organisation\.department:).*$/m, '$1 { result: met, evidence: [证据\\组织机构图.pdf] }');
    writeFileSync(file, written);
    expect(written).toMatch(/^eligibility: {2}# /m);
    const record = runCli(['evidence', '自评.yaml', '--record'], { cwd: folder, env });
    expect(record.status).toBe(0);
    const text = readFileSync(file, 'utf8');
    // Every line as it was, then the new section: nothing restyled, no comment moved off its key.
    expect(text.startsWith(written)).toBe(true);
    expect(text.slice(written.length)).toBe(`evidenceLog:\n  证据/组织机构图.pdf: { sha256: ${sha('组织机构图')}, modified: ${text.match(/modified: (\S+),/)![1]}, recorded: 2026-12-01 }\n`);
    expect(runCli(['score', '自评.yaml'], { cwd: folder, env }).status).toBe(0);
    expect(runCli(['evidence', '自评.yaml'], { cwd: folder, env }).stdout).toContain('1 个证据文件：1 个与记录一致');
  });

  it('shows missing and changed evidence in score (terminal, Markdown, JSON), in English too', () => {
    const folder = company();
    const terminal = runCli(['score', '自评.yaml'], { cwd: folder, env });
    expect(terminal.status).toBe(0);
    expect(terminal.stderr).toBe('');
    expect(terminal.stdout).toContain('证据文件\n  4 个证据文件：1 个缺失，3 个未记录');
    expect(terminal.stdout).toContain('✗ 证据/缺少的.pdf（缺失）：');
    expect(terminal.stdout).toContain('EVIDENCE_MISSING');
    const english = runCli(['score', '--lang', 'en', '--format', 'markdown', '自评.yaml'], { cwd: folder, env });
    expect(english.stdout).toContain('### Evidence files');
    expect(english.stdout).toContain('- ✗ `证据/缺少的.pdf` (missing): ');
    const json = JSON.parse(runCli(['score', '--format', 'json', '自评.yaml'], { cwd: folder, env }).stdout);
    expect(json.evidence.counts).toMatchObject({ missing: 1, unrecorded: 3 });
    // score reads only what it compares: a file never recorded is looked at, not hashed.
    expect(json.evidence.files.find((f: { key: string }) => f.key === '证据/服务承诺.pdf')).toMatchObject({ state: 'unrecorded', sha256: null });
    expect(runCli(['evidence', '自评.yaml', '--record'], { cwd: folder, env }).status).toBe(0);
    const recorded = JSON.parse(runCli(['score', '--format', 'json', '自评.yaml'], { cwd: folder, env }).stdout);
    expect(recorded.evidence.files.find((f: { key: string }) => f.key === '证据/服务承诺.pdf')).toMatchObject({ state: 'ok', sha256: sha('承诺书 v1') });
  });

  it('assembles a binder in the document list order with an index, copying, and refuses a folder with content', () => {
    const folder = company();
    const run = runCli(['evidence', '自评.yaml', '--binder', '交审核员'], { cwd: folder, env });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('已把 3 个文件复制到 交审核员；1 个未能复制');
    const binder = path.join(folder, '交审核员');
    const names = readdirSync(binder).sort();
    // business-license is the first document of the application's list; the classes follow the documents.
    expect(names[0]).toBe('00-目录.md');
    expect(names[1]).toBe('00-目录.xlsx');
    expect(names[2]).toMatch(/^01-营业执照/);
    expect(names.slice(3).every((name) => /^\d{2}-/.test(name) && Number(name.slice(0, 2)) > 12)).toBe(true);
    const licence = path.join(binder, names[2]!, '营业执照.pdf');
    expect(readFileSync(licence, 'utf8')).toBe('营业执照');
    expect(statSync(licence).mtime.toISOString()).toBe('2026-05-06T07:08:09.000Z');
    // Copied, not moved.
    expect(existsSync(path.join(folder, '证据', '营业执照.pdf'))).toBe(true);
    const classFolder = names.find((name) => name.endsWith('售后服务体系'))!;
    expect(readFileSync(path.join(binder, classFolder, '培训记录', '2026-01.xlsx'), 'utf8')).toBe('jan');
    expect(readFileSync(path.join(binder, classFolder, '服务承诺.pdf'), 'utf8')).toBe('承诺书 v1');

    const index = readFileSync(path.join(binder, '00-目录.md'), 'utf8');
    expect(index).toContain(`[营业执照.pdf](<${names[2]}/营业执照.pdf>)`);
    expect(index).toContain(sha('营业执照'));
    expect(index).toMatch(/证据\/缺少的\.pdf \| .* \| \| \| \*\*缺失\*\*/);
    const [sheet] = readXlsx(readFileSync(path.join(binder, '00-目录.xlsx')));
    const rows = [...sheet!.values.entries()];
    expect(sheet!.values.get('A1')).toBe('文件夹');
    expect(rows.some(([, value]) => value === sha('承诺书 v1'))).toBe(true);
    expect(rows.some(([, value]) => value === '培训记录/2026-01.xlsx')).toBe(true);

    const again = runCli(['evidence', '自评.yaml', '--binder', '交审核员'], { cwd: folder, env });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('错误[BINDER_NOT_EMPTY]');
    writeFileSync(path.join(folder, '证据', '营业执照.pdf'), '营业执照 新');
    const forced = runCli(['evidence', '自评.yaml', '--binder', '交审核员', '--force'], { cwd: folder, env });
    expect(forced.status).toBe(0);
    expect(readFileSync(licence, 'utf8')).toBe('营业执照 新');
  });

  it('refuses a binder inside an evidence folder it would copy into itself', () => {
    const folder = company();
    const run = runCli(['evidence', '自评.yaml', '--binder', '证据/培训记录/binder'], { cwd: folder, env });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('[BINDER_INSIDE_EVIDENCE]');
    expect(existsSync(path.join(folder, '证据', '培训记录', 'binder'))).toBe(false);
  });

  it.skipIf(!hasPoppler)('lists missing and changed evidence with their codes in the PDF report, in Chinese and English', () => {
    const folder = company();
    expect(runCli(['evidence', '自评.yaml', '--record'], { cwd: folder, env }).status).toBe(0);
    writeFileSync(path.join(folder, '证据', '服务承诺.pdf'), '承诺书 v2');
    for (const [lang, title, missing, changed] of [
      ['zh', '证据文件', '缺失', '1 个已修改'],
      ['en', 'Evidence files', 'missing', '1 changed'],
    ] as const) {
      const run = runCli(['report', '自评.yaml', '--lang', lang, '-o', `r.${lang}.pdf`], { cwd: folder, env });
      expect(run.status).toBe(0);
      const text = pdfText(path.join(folder, `r.${lang}.pdf`));
      // Cells wrap: words are compared with the line breaks and padding as single spaces.
      const section = text.slice(text.lastIndexOf(title)).replace(/\s+/g, ' ');
      expect(section).toContain('EVIDENCE_MISSING');
      expect(section).toContain('EVIDENCE_CHANGED');
      expect(section).toContain('证据/缺少的.pdf');
      expect(section).toContain(missing);
      expect(section).toContain(changed);
      expect(section).toContain(sha('承诺书 v2').slice(0, 12));
    }
  });
});
