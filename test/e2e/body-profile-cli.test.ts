import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot, runCli } from '../helpers/run-cli.js';

/** The documents a shipped profile lists: what `score` and `init` must show for it. */
function profileDocuments(id: string): string[] {
  return parse(readFileSync(path.join(repoRoot, 'indicators', 'profiles', `${id}.yaml`), 'utf8')).documents;
}

describe('certification-body profiles through the real binary', () => {
  it('score shows the profile the example follows, labelled an example, in every format', () => {
    const json = JSON.parse(runCli(['score', '--format', 'json', 'examples/producer-4star.yaml']).stdout);
    expect(json.profile).toMatchObject({ reference: 'example-6-months', example: true, systemOperatingMonths: 6, majorIncidentWindowYears: 3 });
    expect(json.eligibility.entries.map((entry: { title: { zh: string } }) => entry.title.zh)).toEqual(
      expect.arrayContaining(['售后服务体系已运行至少 6 个月', '近 3 年内未发生重大产品质量或售后服务事故']),
    );
    expect(json.documents.entries).toHaveLength(profileDocuments('example-6-months').length);
    // Wide enough that the sentence is on one line (a pipe is otherwise folded at 80 columns).
    const terminal = runCli(['score', 'examples/producer-4star.yaml', '--lang', 'en'], { env: { COLUMNS: '1000' } }).stdout;
    expect(terminal).toContain("an example drawn from public sources, not any body's statement or endorsement; profile: example-6-months");
    const markdown = runCli(['score', 'examples/seller-compliant.yaml', '--format', 'markdown']).stdout;
    expect(markdown).toMatch(/> 申请材料和申请条件按认证机构配置“示例：体系运行 3 个月.*”检查（示例配置，取自公开资料/);
  });

  it('validate checks a profile file as a profile, with its codes and exit status 2', () => {
    expect(runCli(['validate', 'indicators/profiles/example-6-months.yaml']).status).toBe(0);
    const bad = runCli(['validate', 'test/fixtures/profiles/invalid-PROFILE_UNKNOWN_ELIGIBILITY.yaml']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('[PROFILE_UNKNOWN_ELIGIBILITY]');
    expect(bad.stderr).toContain('invalid-PROFILE_UNKNOWN_ELIGIBILITY.yaml:8:');
  });

  it('init --profile names the profile in the file and lists what that body asks, and the file scores', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-init-')), 'a.yaml');
    const run = runCli(['init', '--type', 'seller', '-o', file, '--profile', 'example-6-months', '--company', '某某商贸有限公司']);
    expect(run.status).toBe(0);
    const data = parse(readFileSync(file, 'utf8'));
    expect(data.profile).toBe('example-6-months');
    expect(Object.keys(data.eligibility)).toContain('dedicated-funds');
    expect(Object.keys(data.documents)).toEqual(profileDocuments('example-6-months'));
    expect(readFileSync(file, 'utf8')).toContain('售后服务体系已运行至少 6 个月');
    expect(runCli(['score', file]).status).toBe(0);
    const plain = path.join(path.dirname(file), 'b.yaml');
    runCli(['init', '--type', 'seller', '-o', plain]);
    expect(readFileSync(plain, 'utf8')).toMatch(/^# profile: example-6-months {2}# 认证机构配置（可选）/m);
  });
});
