import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssessment } from '../../src/assessment/load-assessment.js';
import { byAttention, portfolioRow } from '../../src/report/portfolio-row.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { readXlsx } from '../helpers/xlsx-reader.js';

function portfolio(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gbt-summary-'));
  mkdirSync(path.join(dir, 'clients'));
  for (const name of ['producer-4star', 'seller-compliant', 'producer-fails-deductions']) copyFileSync(path.join(repoRoot, 'examples', `${name}.yaml`), path.join(dir, 'clients', `${name}.yaml`));
  writeFileSync(path.join(dir, 'clients', 'broken.yaml'), 'format: gbt27922-assessment/1\ncatalogue: producer\ncompany: { name: 坏 }\nanswers: { culture.philosophy: maybe }\n');
  return dir;
}

describe('score --summary: one row per client, what needs attention first', () => {
  it('when a folder is summarised, then the unreadable file comes first, then the failed one, each row with its company, score, level and missing documents', () => {
    const dir = portfolio();
    const run = runCli(['score', 'clients', '--summary', '--format', 'csv'], { cwd: dir });
    expect(run.status).toBe(2); // the broken file
    expect(run.stderr).toContain('INVALID_ANSWER');
    const lines = run.stdout
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('文件,企业,类型,得分,等级,目标,距目标差距项,缺少材料,逾期计划项,审核日期');
    expect(lines.map((line) => line.split(',')[0])).toEqual(['文件', 'clients/broken.yaml', 'clients/producer-fails-deductions.yaml', 'clients/seller-compliant.yaml', 'clients/producer-4star.yaml']);
    const score = (file: string) => (JSON.parse(runCli(['score', file, '--format', 'json'], { cwd: dir }).stdout) as { score: number }).score;
    const four = lines[4]!.split(',');
    expect(four.slice(1, 5)).toEqual(['华澜电器（苏州）有限公司', '生产型', String(Math.trunc(score('clients/producer-4star.yaml') * 10) / 10), '四星级']);
    expect(lines[2]).toMatch(/,不合格（/);
    const missing = JSON.parse(runCli(['score', 'clients/seller-compliant.yaml', '--format', 'json'], { cwd: dir }).stdout) as { documents: { missing: string[]; unanswered: string[] } };
    expect(Number(lines[3]!.split(',')[7])).toBe(missing.documents.missing.length + missing.documents.unanswered.length);
  });

  it('when asked for Markdown, terminal or xlsx, then the same rows come in that form (xlsx to a file, read by an independent reader)', () => {
    const dir = portfolio();
    const markdown = runCli(['score', 'clients', '--summary', '--format', 'markdown'], { cwd: dir }).stdout;
    expect(markdown).toContain('| 文件 | 企业 | 类型 | 得分 | 等级 |');
    expect(markdown).toContain('| clients/seller-compliant.yaml | 青禾家居商贸有限公司 | 销售服务型 |');
    const terminal = runCli(['score', 'clients', '--summary'], { cwd: dir }).stdout;
    expect(terminal).toMatch(/│ clients\/producer-4star\.yaml\s+│ 华澜电器（苏州）有限公司/);
    expect(runCli(['score', 'clients', '--format', 'xlsx'], { cwd: dir }).stderr).toContain('SUMMARY_FORMAT');
    const run = runCli(['score', 'clients', '--format', 'xlsx', '-o', 'summary.xlsx'], { cwd: dir });
    expect(run.stderr).toContain('已写入 summary.xlsx');
    const [sheet] = readXlsx(readFileSync(path.join(dir, 'summary.xlsx')));
    expect(sheet!.name).toBe('汇总');
    expect([sheet!.values.get('A1'), sheet!.values.get('A2'), sheet!.values.get('A5'), sheet!.values.get('B5'), sheet!.values.get('E5')]).toEqual([
      '文件',
      'clients/broken.yaml',
      'clients/producer-4star.yaml',
      '华澜电器（苏州）有限公司',
      '四星级',
    ]);
    expect(typeof sheet!.values.get('D5')).toBe('number');
  });
});

describe('a portfolio row', () => {
  it('when a target is set and plan items are past due, then the row counts the gaps to the target and the overdue items not done', async () => {
    const loaded = await loadAssessment(path.join(repoRoot, 'examples', 'producer-4star.yaml'));
    if (!loaded.ok) throw new Error('example');
    const plan = {
      'improvement.product': { due: '2026-11-30', status: 'todo' as const },
      'organisation.training': { due: '2026-11-30', status: 'done' as const },
      'repair.facilities': { due: '2026-12-02', status: 'doing' as const },
      'complaints.records': { status: 'todo' as const },
    };
    const withPlan = { ...loaded.value, assessment: { ...loaded.value.assessment, plan, auditDate: '2027-03-01' } };
    const result = scoreAssessment(withPlan, { target: '5star', today: '2026-12-01' });
    const row = portfolioRow('x.yaml', result);
    expect(row.overduePlanItems).toBe(1);
    expect(row.target?.zh).toBe('五星级');
    expect(row.auditDate).toBe('2027-03-01');
    // Independently: the fewest gaps whose gains reach 95 from the score, strongest first.
    const need = 95 - result.score.toNumber();
    const gains = result.gaps.map((gap) => gap.gain.toNumber()).sort((a, b) => b - a);
    let count = 0;
    for (let sum = 0; sum < need - 1e-9; count++) sum += gains[count]!;
    expect(row.gapsToTarget).toBe(count);
    const reached = portfolioRow('b.yaml', scoreAssessment(withPlan, { target: '4star', today: '2026-12-01' }));
    expect(reached.gapsToTarget).toBe(0);
    // Short of the target sorts before reached.
    expect([{ ...reached, overduePlanItems: 0 }, row].sort(byAttention)[0]).toBe(row);
  });
});
