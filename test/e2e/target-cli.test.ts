import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const example = 'examples/producer-planning.yaml';
const today = { GBT27922_TODAY: '2026-12-01' };
const golden = (name: string) => path.join(repoRoot, 'test', 'golden', name);

function expectGolden(name: string, actual: string) {
  if (process.env.UPDATE_GOLDEN) writeFileSync(golden(name), actual);
  expect(existsSync(golden(name)), `golden file ${name} missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(golden(name), 'utf8'));
}

/** A copy of the example with another target, in a folder of its own. */
function withTarget(target: string | null): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-target-'));
  const file = path.join(dir, `${target ?? 'none'}.yaml`);
  const text = readFileSync(path.join(repoRoot, example), 'utf8').replace(/^target: .*\n/m, target ? `target: ${target}\n` : '');
  writeFileSync(file, text.replace('../indicators', path.join(repoRoot, 'indicators')));
  return file;
}

describe('score --target', () => {
  it('when a company at 78.0 asks for 4star, then it sees the points short and the fewest gaps, beside the path to 3star', () => {
    // Wide enough that the gap table's lines are not folded (a pipe is otherwise 80 columns).
    const run = runCli(['score', '--target', '4star', example], { env: { ...today, COLUMNS: '200' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('预计得分：78.0 / 100');
    expect(run.stdout).toContain('距目标等级★★★★ 四星级（≥ 90 分）');
    expect(run.stdout).toContain('还差 12.0 分：补齐以下 2 项差距（最少项数），得分可达 90.0');
    expect(run.stdout).toContain('· 维修服务 › 技术支持（repair.technical-support） +6.0');
    expect(run.stdout).toContain('· 客户管理 › 客户关系（customers.relationship） +6.0');
    expect(run.stdout).toContain('升至★★★ 三星级（≥ 80 分）的最短路径');
    // A first certification aiming above 达标级 is told the rule.
    expect(run.stdout).toContain('首次认证通常先评为达标级');
    // The gap shows the company's note and its planned action; the overdue one is flagged.
    expect(run.stdout).toContain('措施：补做包装跌落试验并存档（王工 · 2026-11-30 · 未开始 · 已逾期）');
  });

  it('when the flag and the file disagree, then the flag wins', () => {
    const run = runCli(['score', '--target', '5star', '--format', 'json', example], { env: today });
    const result = JSON.parse(run.stdout);
    expect(result.target).toBe('5star');
    expect(result.pathToTarget).toMatchObject({ target: '5star', reached: false, firstCertificationRule: true });
    expect(result.pathToTarget.pointsNeeded).toBe(17);
  });

  it('gives the target, its path and the plan in JSON (golden) and Markdown (golden), and the note in JUnit', () => {
    const json = runCli(['score', '--format', 'json', example], { env: today });
    expect(json.status).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result).toMatchObject({ target: '4star', auditDate: '2027-09-30', planCheckedOn: '2026-12-01' });
    expect(result.plan.find((item: { id: string }) => item.id === 'delivery.packaging')).toMatchObject({ overdue: true, owner: '王工', gain: 5 });
    expectGolden('producer-planning.json', json.stdout);
    const markdown = runCli(['score', '--format', 'markdown', example], { env: today });
    expect(markdown.stdout).toContain('### 距目标等级★★★★ 四星级（≥ 90 分）');
    expectGolden('producer-planning.zh.md', markdown.stdout);
    const junit = runCli(['score', '--format', 'junit', example], { env: today });
    expect(junit.stdout).toContain('<property name="target" value="4star"/>');
    expect(junit.stdout).toContain('<property name="pointsShortOfTarget" value="12.0"/>');
    expect(junit.stdout).toContain('备注：尚无维修知识库');
    expect(junit.stdout).toContain('措施：建立维修知识库并培训全部维修工');
  });

  it('exits 2 for a target that is not a level', () => {
    const run = runCli(['score', '--target', 'six-star', example]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('six-star');
  });
});

describe('--min-level target', () => {
  it('when a client is below its own target, then it fails with the points short; a client at its target passes', () => {
    const below = runCli(['score', '--min-level', 'target', withTarget('4star')], { env: today });
    expect(below.status).toBe(1);
    expect(below.stderr).toContain('未达到要求的等级 四星级');
    expect(below.stderr).toContain('距目标还差 12.0 分，最少需补齐 2 项差距');
    const at = runCli(['score', '--min-level', 'target', withTarget('compliant')], { env: today });
    expect(at.status).toBe(0);
    expect(at.stderr).toBe('');
  });

  it('holds each file of a batch to its own target, and the worst exit code wins', () => {
    const run = runCli(['score', '--min-level', 'target', '--format', 'jsonl', withTarget('compliant'), withTarget('3star')], { env: today });
    expect(run.status).toBe(1);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.pathToTarget.reached)).toEqual([true, false]);
  });

  it('when a file has no target, then it is a usage error that says how to set one', () => {
    const run = runCli(['score', '--min-level', 'target', withTarget(null)], { env: today });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('MIN_LEVEL_TARGET_MISSING');
    expect(run.stderr).toContain('target: 4star');
  });
});

describe('the plan and target in the file are checked', () => {
  it('an unknown target level and an unknown plan indicator are located errors with a suggestion', () => {
    const target = runCli(['validate', 'test/fixtures/invalid-TARGET_UNKNOWN_LEVEL.yaml']);
    expect(target.status).toBe(2);
    expect(target.stderr).toContain('TARGET_UNKNOWN_LEVEL] test/fixtures/invalid-TARGET_UNKNOWN_LEVEL.yaml:4:9');
    expect(target.stderr).toContain('是否应为“4star”');
    const plan = runCli(['validate', 'test/fixtures/invalid-PLAN_UNKNOWN_INDICATOR.yaml']);
    expect(plan.stderr).toContain('PLAN_UNKNOWN_INDICATOR] test/fixtures/invalid-PLAN_UNKNOWN_INDICATOR.yaml:6:3');
    expect(plan.stderr).toContain('是否应为“repair.technical-support”');
  });

  it('a due date that does not exist and a status that is not one of the three are located', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-plan-'));
    const file = path.join(dir, 'a.yaml');
    writeFileSync(
      file,
      'format: gbt27922-assessment/1\ncatalogue: producer\ncompany: { name: 测试 }\nauditDate: 2027-02-30\nanswers: {}\nplan:\n  culture.goals:\n    due: 2027-02-29\n    status: started\n',
    );
    const run = runCli(['validate', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/SCHEMA_VALUE\] .*a\.yaml:9:13/);
    writeFileSync(file, 'format: gbt27922-assessment/1\ncatalogue: producer\ncompany: { name: 测试 }\nauditDate: 2027-02-30\nanswers: {}\nplan:\n  culture.goals:\n    due: 2027-02-29\n');
    const dates = runCli(['validate', file]);
    expect(dates.stderr).toMatch(/INVALID_DATE\] .*a\.yaml:4:12/);
    expect(dates.stderr).toMatch(/INVALID_DATE\] .*a\.yaml:8:10/);
  });
});
