import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

function changed(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-diff-')), 'new.yaml');
  const text = readFileSync(path.join(repoRoot, 'examples', 'producer-4star.yaml'), 'utf8')
    .replace('  culture.philosophy: met', '  culture.philosophy: unmet')
    .replace('  organisation.training: { result: 7/10, note: 3 名新入职维修工尚未完成岗前培训 }', '  organisation.training: 10/10')
    .replace('  management-documents: missing', '  management-documents: ready');
  writeFileSync(file, text);
  return file;
}

describe('progress over time', () => {
  it('diff shows per indicator what changed, the score and level before and after, gaps and documents', () => {
    const after = changed();
    const json = JSON.parse(runCli(['diff', '--format', 'json', 'examples/producer-4star.yaml', after]).stdout);
    expect(json.changed.map((change: { id: string }) => change.id)).toEqual(['culture.philosophy', 'organisation.training']);
    expect(json.gapsClosed).toEqual(['organisation.training']);
    expect(json.gapsOpened).toEqual(['culture.philosophy']);
    expect(json.documentsNowReady).toEqual(['management-documents']);
    expect(json.regressions).toEqual([{ code: 'score-down' }, { code: 'indicator-no-longer-met', id: 'culture.philosophy' }]);
    expect(json.scoreDelta).toBeCloseTo((100 * (89.1 - 2 + 0.9)) / 94 - (100 * 89.1) / 94, 10);

    const terminal = runCli(['diff', 'examples/producer-4star.yaml', after]);
    expect(terminal.status).toBe(0);
    expect(terminal.stdout).toContain('预计得分：94.7 → 93.6（−1.2）');
    const markdown = runCli(['diff', '--format', 'markdown', '--lang', 'en', 'examples/producer-4star.yaml', after]);
    expect(markdown.stdout).toContain('| Projected score | 94.7 | **93.6** |');
    expect(markdown.stdout).toContain('an indicator that was met no longer is: Service philosophy (culture.philosophy)');
  });

  it('score --baseline fails (exit 1) only when readiness went backwards, naming what', () => {
    const after = changed();
    const worse = runCli(['score', after, '--baseline', 'examples/producer-4star.yaml']);
    expect(worse.status).toBe(1);
    expect(worse.stderr).toContain('原先符合的指标不再符合：服务理念（culture.philosophy）');
    // Better on every count: one indicator met that was not, nothing lost.
    const better = path.join(path.dirname(after), 'better.yaml');
    writeFileSync(
      better,
      readFileSync(path.join(repoRoot, 'examples', 'producer-4star.yaml'), 'utf8').replace('  improvement.product: { result: unmet, note: 维修数据尚未反馈给研发部门 }', '  improvement.product: met'),
    );
    expect(runCli(['score', better, '--baseline', 'examples/producer-4star.yaml']).status).toBe(0);
    const broken = runCli(['score', 'examples/producer-4star.yaml', '--baseline', 'no-such-baseline.yaml']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('FILE_NOT_FOUND');
  });

  it('junit makes each indicator a test case: met passes, not met fails with the criteria, N/A is skipped', () => {
    const run = runCli(['score', '--format', 'junit', 'examples/seller-compliant.yaml', 'no-such-file.yaml']);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="GB\/T 27922">/);
    expect(run.stdout.match(/<testcase /g)).toHaveLength(23 + 1 + 1); // indicators, the verdict, the unreadable file
    expect(run.stdout.match(/<skipped /g)).toHaveLength(2);
    expect(run.stdout).toContain('<failure type="not_met" message="不符合：');
    expect(run.stdout).toContain('<error message="找不到文件">');
    expect(run.stdout.trimEnd().endsWith('</testsuites>')).toBe(true);
  });

  it('junit fails the verdict of an assessment that fails, even with every indicator met', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-junit-'));
    const file = path.join(dir, 'a.yaml');
    writeFileSync(file, readFileSync(path.join(repoRoot, 'examples', 'producer-fails-deductions.yaml'), 'utf8').replace('name: 北辰厨房设备制造有限公司', 'name: "北辰\uFFFE厨房"'));
    const run = runCli(['score', '--format', 'junit', file]);
    expect(run.stdout).toContain('<failure type="assessment-failed" message="特别扣分项 5 项（超过 4 项即不合格）">');
    expect(run.stdout).not.toContain('\uFFFE');
  });

  it('--baseline compares one file with an earlier state of the same catalogue only', () => {
    const several = runCli(['score', 'examples/producer-4star.yaml', 'examples/seller-compliant.yaml', '--baseline', 'examples/producer-4star.yaml']);
    expect(several.status).toBe(2);
    expect(several.stderr).toContain('BASELINE_NEEDS_ONE_FILE');
    const other = runCli(['score', 'examples/seller-compliant.yaml', '--baseline', 'examples/producer-4star.yaml']);
    expect(other.status).toBe(2);
    expect(other.stderr).toContain('BASELINE_NOT_COMPARABLE');
  });

  it('indicators browses a catalogue in the terminal and as Markdown', () => {
    const terminal = runCli(['indicators', '--type', 'seller']);
    expect(terminal.status).toBe(0);
    expect(terminal.stdout).toContain('guarantee.repair-outlets');
    expect(terminal.stdout.match(/^ {4}\S/gm)).toHaveLength(23);
    const markdown = runCli(['indicators', '--format', 'markdown', '--lang', 'en']);
    expect(markdown.stdout.match(/^#### /gm)).toHaveLength(27 + 23);
    expect(markdown.stdout).toContain('# After-sales service indicators for producers');
  });

  it('a mistyped command is named, with the one meant', () => {
    const run = runCli(['scroe', 'examples/producer-4star.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('UNKNOWN_COMMAND');
    expect(run.stderr).toContain('是否应为“score”？');
  });
});
