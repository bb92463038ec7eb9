import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/display-width.js';
import { runCli } from '../helpers/run-cli.js';

const fixture = path.resolve(import.meta.dirname, '..', 'fixtures', 'records', 'orders-50-gbk.csv');

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-records-cli-'));
  copyFileSync(fixture, path.join(dir, '工单.csv'));
  return dir;
}

function assessment(dir: string, extra = ''): string {
  const init = runCli(['init', '--type', 'producer', '-o', 'a.yaml', '--company', '某某电器'], { cwd: dir });
  expect(init.status).toBe(0);
  const file = path.join(dir, 'a.yaml');
  writeFileSync(file, `${readFileSync(file, 'utf8')}commitments:\n  responseHours: 2\n  onSiteHours: 24\n  complaintDays: 7\n${extra}`);
  return file;
}

describe('gbt27922 records (the real binary)', () => {
  it('when a GBK export is mapped without a terminal, the guess is written and said so; then the KPIs read through the mapping', () => {
    const dir = workspace();
    const init = runCli(['records', '工单.csv', '--init-mapping'], { cwd: dir });
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('不在终端中');
    const mapping = readFileSync(path.join(dir, 'gbt27922-records-mapping.yaml'), 'utf8');
    expect(mapping).toContain('format: gbt27922-records-mapping/1');
    expect(mapping).toContain('received: 受理时间');

    assessment(dir);
    const run = runCli(['records', '工单.csv', '--mapping', 'gbt27922-records-mapping.yaml', '--assessment', 'a.yaml', '--format', 'json'], { cwd: dir });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.format).toBe('gbt27922-records-report/1');
    expect(report.rows).toEqual({ read: 46, unread: 4, blank: 2, totalRows: 1 });
    expect(report.commitments).toEqual({ responseHours: 2, onSiteHours: 24, complaintDays: 7, source: 'assessment' });
    expect(report.months).toHaveLength(12);
    expect(report.samples.map((s: { indicator: string }) => s.indicator)).toEqual(['delivery.service', 'repair.service', 'complaints.handling']);
    expect(run.stderr).toContain('[RECORDS_ROWS_UNREAD]');
    expect(run.stderr).not.toContain('RECORDS_MAPPING_GUESSED');
  });

  it('on a terminal-less run without a mapping, the guess is used and RECORDS_MAPPING_GUESSED says so; the table fits 80 columns', () => {
    const dir = workspace();
    const run = runCli(['records', '工单.csv'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('[RECORDS_MAPPING_GUESSED]');
    expect(run.stdout).toContain('服务记录指标');
    expect(run.stdout).toContain('2026-12');
    expect(run.stdout).toContain('工单.csv:16:8  日期时间无法识别：待定');
    expect(Math.max(...run.stdout.split('\n').map(displayWidth))).toBeLessThanOrEqual(80);
    const english = runCli(['records', '工单.csv', '--lang', 'en'], { cwd: dir });
    expect(english.stdout).toContain('By month received');
    expect(Math.max(...english.stdout.split('\n').map(displayWidth))).toBeLessThanOrEqual(80);
  });

  it('when the export writes its times in UTC with an offset then the KPIs and samples are the same as from China-time text', () => {
    // The fixture's times (China's clock, no zone) rewritten the way a system storing UTC exports
    // them: 2026/8/30 07:44 becomes 2026-08-29T23:44:00Z.
    const dir = workspace();
    const local = new TextDecoder('gbk').decode(readFileSync(path.join(dir, '工单.csv')));
    const zoned = local.replace(/(\d{4})\/(\d{1,2})\/(\d{1,2}) (\d{1,2}):(\d{2})/g, (_, y, mo, d, h, mi) =>
      new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h) - 8, Number(mi))).toISOString().replace('.000', ''),
    );
    expect(zoned).toContain('2026-08-29T23:44:00Z');
    writeFileSync(path.join(dir, 'zoned.csv'), zoned);
    const read = (file: string) => JSON.parse(runCli(['records', file, '--format', 'json'], { cwd: dir }).stdout);
    const [before, after] = [read('工单.csv'), read('zoned.csv')];
    expect(after.rows).toEqual(before.rows);
    expect(after.overall).toEqual(before.overall);
    expect(after.months).toEqual(before.months);
    // The samples name the rows they drew, by file: the same rows.
    expect(JSON.stringify(after.samples).replaceAll('zoned.csv', '工单.csv')).toBe(JSON.stringify(before.samples));
  });

  it('--apply writes the proposals, the file still scores, and a declared answer the records contradict is flagged', () => {
    const dir = workspace();
    const file = assessment(dir);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^( {2}repair\.service:).*$/m, '$1 met'));
    const run = runCli(['records', '工单.csv', '--assessment', 'a.yaml', '--apply', '--seed', '3', '--format', 'markdown', '--lang', 'en'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('## Service record KPIs');
    expect(run.stderr).toContain('complaints.handling: proposed');
    expect(run.stderr).toContain('[RECORDS_CONTRADICTED]');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/complaints\.handling: \{ result: \d+\/\d+, note: /);
    expect(text).toMatch(/repair\.service: met/);
    expect(runCli(['score', 'a.yaml'], { cwd: dir }).status).toBe(0);
  });

  it.each([
    [['records', '工单.csv', '--apply'], 'RECORDS_APPLY_NEEDS_ASSESSMENT'],
    [['records', '工单.csv', '--seed', 'abc'], 'RECORDS_INVALID_SEED'],
    [['records', 'missing.csv'], 'FILE_NOT_FOUND'],
  ])('%j: exit 2 with %s', (args, code) => {
    const run = runCli(args, { cwd: workspace() });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`[${code}]`);
  });

  it('when the mapping does not fit the file, RECORDS_COLUMN_MISSING names the column and the header row', () => {
    const dir = workspace();
    writeFileSync(path.join(dir, 'm.yaml'), 'format: gbt27922-records-mapping/1\ncolumns:\n  id: 工单号\n  type: 服务类型\n  received: 报修时间\ntypes: {}\nsatisfactionScale: 5\n');
    const run = runCli(['records', '工单.csv', '-m', 'm.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('[RECORDS_COLUMN_MISSING]');
    expect(run.stderr).toContain('工单.csv:3:1');
    expect(run.stderr).toContain('报修时间');
  });

  it('--help in both languages lists the options', () => {
    expect(runCli(['records', '--help']).stdout).toContain('--init-mapping');
    expect(runCli(['records', '--help', '--lang', 'en']).stdout).toContain('auditor-style samples');
  });
});
