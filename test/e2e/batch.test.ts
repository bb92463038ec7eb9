import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const examples = ['producer-4star', 'seller-compliant', 'producer-fails-deductions'];

/** A consultancy's folder: many clients in subfolders, a catalogue and a CI file that are not assessments. */
function clientsFolder(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-batch-'));
  for (let i = 0; i < count; i++) {
    const client = path.join(dir, `client-${String(i).padStart(3, '0')}`);
    mkdirSync(client);
    copyFileSync(path.join(repoRoot, 'examples', `${examples[i % 3]}.yaml`), path.join(client, 'assessment.yaml'));
  }
  copyFileSync(path.join(repoRoot, 'test', 'fixtures', 'catalogues', 'custom-valid.yaml'), path.join(dir, 'catalogue.yaml'));
  writeFileSync(path.join(dir, '.gitlab-ci.yml'), 'score:\n  script: [gbt27922 score .]\n');
  return dir;
}

describe('scoring many files at once', () => {
  it('scores every assessment in a folder, over worker threads, in file order, each exactly as alone', () => {
    const dir = clientsFolder(60);
    writeFileSync(path.join(dir, 'client-030', 'assessment.yaml'), 'format: gbt27922-assessment/1\ncatalogue: producer\ncompany: { name: x }\nanswers: { nope.nope: met }\n');
    const run = runCli(['score', '--format', 'json', dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('PASSED_OVER');
    expect(run.stderr).toContain('catalogue.yaml');
    const results = JSON.parse(run.stdout) as Array<{ file: string; score?: number; errors?: unknown[] }>;
    expect(results).toHaveLength(60);
    expect(results.map((r) => r.file)).toEqual([...results.map((r) => r.file)].sort());
    expect(results[30]).toMatchObject({ errors: [{ code: 'UNKNOWN_INDICATOR' }] });
    for (const index of [0, 1, 2, 59]) {
      const alone = JSON.parse(runCli(['score', '--format', 'json', results[index]!.file]).stdout);
      expect(results[index]).toEqual(alone);
    }
  });

  it('takes glob patterns (Windows shells do not expand them) and writes JSON Lines', () => {
    const dir = clientsFolder(5);
    const run = runCli(['score', '--format', 'jsonl', path.join(dir, 'client-00[0-3]', '*.yaml')]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.map((line) => JSON.parse(line).company.name)).toEqual(['华澜电器（苏州）有限公司', '青禾家居商贸有限公司', '北辰厨房设备制造有限公司', '华澜电器（苏州）有限公司']);
  });

  it('takes a folder whose name holds pattern characters, as Windows names new folders', () => {
    const dir = clientsFolder(2);
    const odd = path.join(dir, '新建文件夹 (2)');
    mkdirSync(odd);
    copyFileSync(path.join(repoRoot, 'examples', 'seller-compliant.yaml'), path.join(odd, '客户 A.yaml'));
    const run = runCli(['score', '--format', 'jsonl', path.join(odd, '*.yaml')]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).file).toBe(path.join(odd, '客户 A.yaml'));
  });

  it.skipIf(process.platform === 'win32')('when a pattern matches a device (a name linked to /dev/zero) then it is reported as no regular file, not read for ever', () => {
    // Looking for "gbt27922-assessment" in the matches must not read a file that never ends.
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-device-'));
    copyFileSync(path.join(repoRoot, 'examples', 'seller-compliant.yaml'), path.join(dir, 'a.yaml'));
    symlinkSync('/dev/zero', path.join(dir, 'z.yaml'));
    const run = runCli(['score', '--format', 'jsonl', '--lang', 'en', path.join(dir, '*.yaml')]);
    expect(run.status).toBe(2);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => path.basename(line.file))).toEqual(['a.yaml', 'z.yaml']);
    expect(lines[0].company.name).toBe('青禾家居商贸有限公司');
    expect(lines[1].errors[0].code).toBe('FILE_UNREADABLE');
    expect(run.stderr).toContain('not a regular file');
  });

  it('says so when a folder or a pattern holds no assessment', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'gbt27922-empty-'));
    const run = runCli(['score', empty, path.join(empty, '*.yaml')]);
    expect(run.status).toBe(2);
    expect(run.stderr.match(/NO_FILES/g)).toHaveLength(2);
  });
});
