import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

/**
 * The first screen a new user reads: the README's first command at 80 columns, in both languages,
 * read as a quality manager would. Each case is something that read as a puzzle before.
 */
const first = (lang: 'zh' | 'en') => runCli(['score', 'examples/producer-4star.yaml', '--lang', lang], { env: { COLUMNS: '80' } });

describe("the README's first command", () => {
  it('when the points note is printed then it is a note, not an asterisk that points at nothing', () => {
    for (const [lang, note] of [
      ['zh', '  注：各指标分值为本工具的默认分配'],
      ['en', "  Note: Indicator points are this tool's default split"],
    ] as const) {
      const run = first(lang);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(note);
      expect(run.stdout).not.toMatch(/^\s*\* /m);
    }
  });

  it('when an indicator is not applicable then the gap table says how the points lost become the gain, with the computed total', () => {
    // The example's installation is not applicable: 94 of the catalogue's 100 points apply, so 2.0 lost is +2.1.
    const zh = first('zh').stdout.replace(/\n/g, '');
    expect(zh).toContain('注：失分是该指标未得的分值；可提升是补齐后预计得分的增加，即 失分 × 100 ÷94.0（适用指标的分值合计');
    const en = first('en').stdout.replace(/\n/g, ' ');
    expect(en).toMatch(/Note: Lost is the indicator's points not earned; Gain is what closing the gap adds to the projected score, lost × 100 ÷\s+94\.0/);

    // Everything applicable: the gain is the lost points, and the note would only add words.
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-first-'));
    const file = path.join(dir, 'all-applicable.yaml');
    writeFileSync(file, readFileSync(path.join(repoRoot, 'examples', 'producer-4star.yaml'), 'utf8').replace(/^ {2}delivery\.installation: .*$/m, '  delivery.installation: met'));
    const all = runCli(['score', file, '--format', 'json']);
    const result = JSON.parse(all.stdout);
    expect(result.applicablePoints).toBe(result.totalPoints);
    const terminal = runCli(['score', file]).stdout;
    expect(terminal).toContain('差距清单');
    expect(terminal).not.toContain('失分是该指标未得的分值');
  });

  it("when a gap names its clauses then the clause reference stays whole on a line of its own, not split from '条款'", () => {
    for (const [lang, reference] of [
      ['zh', 'GB/T 27922 条款 5.1.6'],
      ['en', 'GB/T 27922 clause 5.1.6'],
    ] as const) {
      const lines = first(lang).stdout.split('\n');
      expect(
        lines.some((line) => new RegExp(`^│\\s+│ ${reference.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\s+│`).test(line)),
        lang,
      ).toBe(true);
      expect(
        lines.some((line) => /^│\s+│ improvement\.product\s+│/.test(line)),
        lang,
      ).toBe(true);
    }
  });

  it("when the certification-body profile is named then one sentence says what it governs, without '：示例：'", () => {
    const zh = first('zh').stdout.replace(/\n/g, '');
    expect(zh).toContain('申请材料和申请条件按认证机构配置“示例：体系运行 6 个月');
    expect(zh).not.toContain('按认证机构配置：示例：');
    const en = first('en').stdout.replace(/\n/g, ' ');
    expect(en).toContain('Documents and conditions checked as the certification-body profile "Example: system running 6 months');
  });
});
