import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasPoppler, inkIn, pdfText, rasterise } from '../helpers/pdf-tools.js';
import { runCli } from '../helpers/run-cli.js';

const fixture = path.resolve(import.meta.dirname, '..', 'fixtures', 'records', 'orders-50-gbk.csv');

/** A company's folder: its GBK work-order export and an assessment stating its service commitments. */
function company(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-report-kpis-'));
  copyFileSync(fixture, path.join(dir, '工单.csv'));
  writeFileSync(
    path.join(dir, 'a.yaml'),
    'format: gbt27922-assessment/1\ncatalogue: producer\ncompany: { name: 某某电器有限公司 }\nassessedOn: 2026-12-01\ncommitments: { responseHours: 2, onSiteHours: 24, complaintDays: 7 }\nanswers: {}\n',
  );
  return dir;
}

/** The report's figure format, written down here on its own: one decimal, none for a whole number. */
const figure = (value: number) => {
  const fixed = (Math.round(value * 10) / 10).toFixed(1);
  return fixed.endsWith('.0') ? fixed.slice(0, -2) : fixed;
};

/** The text of the page that starts with `title`, with line breaks and padding as single spaces. */
function kpiPage(file: string, title: string): string {
  const pages = pdfText(file).split('\f');
  const page = pages.find((text) => text.includes(title));
  expect(page, `no page titled ${title}`).toBeDefined();
  return page!.replace(/\s+/g, ' ');
}

describe.skipIf(!hasPoppler)('report --records: the page of service KPIs', () => {
  it('draws the figures `records --format json` gives, against the commitments, in Chinese and English', { timeout: 120_000 }, () => {
    const dir = company();
    const json = runCli(['records', '工单.csv', '--assessment', 'a.yaml', '--format', 'json'], { cwd: dir });
    expect(json.status).toBe(0);
    const records = JSON.parse(json.stdout);
    const all = records.overall;

    const zh = runCli(['report', 'a.yaml', '--records', '工单.csv', '-o', 'zh.pdf'], { cwd: dir });
    expect(zh.status).toBe(0);
    expect(zh.stderr).toContain('[RECORDS_ROWS_UNREAD]');
    const page = kpiPage(path.join(dir, 'zh.pdf'), '服务指标（依据企业自己的服务记录）');
    expect(page).toContain(`读取 ${records.rows.read} 条记录，${records.rows.unread} 行无法读取`);
    expect(page).toContain('响应 ≤ 2 小时、上门 ≤ 24 小时、投诉 ≤ 7 天关闭');
    expect(page).toContain('承诺 2 小时');
    expect(page).toContain(`记录数 ${all.records}`);
    expect(page).toContain(`中位数 ${figure(all.response.median)} 小时，第 90 百分位 ${figure(all.response.p90)} 小时`);
    const share = (s: { count: number; of: number; rate: number }) => `${figure(s.rate * 100)}%（${s.count} / ${s.of}）`;
    expect(page).toContain(`在承诺时间内响应 ${share(all.responseWithin)}`);
    expect(page).toContain(`投诉在承诺时间内关闭 ${share(all.complaintsWithin)}`);
    expect(page).toContain(`问题解决率 ${share(all.resolution)}`);
    for (const month of records.months) {
      expect(page).toContain(month.month.slice(2).replace('-', '/'));
      // Each month's median response is written above its bar.
      if (month.response.median !== null) expect(page).toContain(figure(month.response.median));
    }

    const en = runCli(['report', 'a.yaml', '--lang', 'en', '--records', '工单.csv', '-o', 'en.pdf'], { cwd: dir });
    expect(en.status).toBe(0);
    const english = kpiPage(path.join(dir, 'en.pdf'), "Service KPIs (from the company's own service records)");
    expect(english).toContain('respond within 2 h; on site within 24 h; complaints closed within 7 days');
    expect(english).toContain(`median ${figure(all.response.median)} h, 90th percentile ${figure(all.response.p90)} h`);
  });

  it('draws bars where the charts are, and takes a saved `records --format json` as the exports', { timeout: 120_000 }, () => {
    const dir = company();
    writeFileSync(path.join(dir, 'kpis.json'), runCli(['records', '工单.csv', '--assessment', 'a.yaml', '--format', 'json'], { cwd: dir }).stdout);
    expect(runCli(['report', 'a.yaml', '--records', '工单.csv', '-o', 'from-csv.pdf'], { cwd: dir }).status).toBe(0);
    const fromJson = runCli(['report', 'a.yaml', '--records', 'kpis.json', '-o', 'from-json.pdf'], { cwd: dir });
    expect(fromJson.status).toBe(0);
    expect(fromJson.stderr).toBe('');
    expect(readFileSync(path.join(dir, 'from-json.pdf'))).toEqual(readFileSync(path.join(dir, 'from-csv.pdf')));

    const pages = pdfText(path.join(dir, 'from-csv.pdf')).split('\f');
    const number = pages.findIndex((text) => text.includes('服务指标（依据企业自己的服务记录）')) + 1;
    const picture = rasterise(path.join(dir, 'from-csv.pdf'), number);
    // The three charts fill the middle of the page; the table of all records is below them.
    expect(inkIn(picture, { x: 90, y: 120, width: 450, height: 300 })).toBeGreaterThan(0.03);
    const without = runCli(['report', 'a.yaml', '-o', 'plain.pdf'], { cwd: dir });
    expect(without.status).toBe(0);
    expect(pdfText(path.join(dir, 'plain.pdf'))).not.toContain('服务指标');
  });

  it('refuses records with several assessments: they belong to one company', () => {
    const dir = company();
    copyFileSync(path.join(dir, 'a.yaml'), path.join(dir, 'b.yaml'));
    const run = runCli(['report', 'a.yaml', 'b.yaml', '--records', '工单.csv'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('[REPORT_RECORDS_ONE_FILE]');
  });
});
