import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasPoppler, inkIn, pdfText, rasterise } from '../helpers/pdf-tools.js';
import { runCli } from '../helpers/run-cli.js';

const env = { GBT27922_FALLBACK_FONTS: '', GBT27922_TODAY: '2026-12-01' };

/** The page whose text contains `marker`, 1-based. */
function pageWith(file: string, marker: string): number {
  const pages = pdfText(file).split('\f');
  return pages.findIndex((page) => page.includes(marker)) + 1;
}

describe.skipIf(!hasPoppler && !process.env.CI)('the report of a company with a target and a plan', () => {
  it('has the distance to the target with the first-certification rule, each gap with the company note and planned action, and a plan page with the timeline to the audit', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-plan-pdf-')), 'r.pdf');
    const run = runCli(['report', 'examples/producer-planning.yaml', '-o', file], { env });
    expect(run.status).toBe(0);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('距目标等级★★★★ 四星级（≥ 90 分）');
    expect(text).toContain('还差 12.0 分');
    expect(text).toContain('首次认证通常先评为达标级');
    expect(text).toContain('企业备注与计划');
    expect(text).toContain('措施：建立维修知识库并培训全部维修工（王工 · 2027-03-31 · 进行中）');
    expect(text).toContain('备注：尚无维修知识库');
    // The plan page: the steps to the audit, the actions with owners and status, the projection.
    expect(text).toContain('改进计划与认证时间表');
    expect(text).toContain('审核日期：2027-09-30');
    expect(text).toContain('售后服务体系开始运行');
    expect(text).toContain('李经理');
    expect(text).toContain('已逾期');
    expect(text).toContain('全部措施完成后：预计 97.0 分');
    // The timeline is drawn, not only written: the bar area of the plan page carries ink.
    const page = pageWith(file, '改进计划与认证时间表');
    expect(page).toBeGreaterThan(0);
    const picture = rasterise(file, page, 72);
    expect(inkIn(picture, { x: 225, y: 140, width: 310, height: 140 })).toBeGreaterThan(0.01);
  });

  it('in English too, and --target changes the target shown', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-plan-pdf-')), 'r.pdf');
    const run = runCli(['report', 'examples/producer-planning.yaml', '-o', file, '--lang', 'en', '--target', '3star'], { env });
    expect(run.status).toBe(0);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Distance to the target level');
    expect(text).toContain('Improvement plan and certification timeline');
    expect(text).toContain('our default');
  });
});
