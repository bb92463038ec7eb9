import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
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

/** Every event of a calendar as an independent parser (ical.js, Mozilla's) reads it. */
function parseEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, summary: event.summary, description: event.description, start: event.startDate.toString(), end: event.endDate.toString(), allDay: event.startDate.isDate };
  });
}

describe('gbt27922 plan', () => {
  it('lists the actions by date with owner, status, points and the projected score and level as they complete', () => {
    const run = runCli(['plan', example], { env: today });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const order = ['2026-11-30', '2027-02-28', '2027-03-31', '2027-05-31'].map((date) => run.stdout.indexOf(date));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(run.stdout).toContain('已逾期');
    expect(run.stdout).toContain('全部措施完成后：预计 97.0 分，★★★★★ 五星级');
    // The timeline scheduled back from the audit date: application 6 weeks before (ours), the system running 3 months before that.
    expect(run.stdout).toContain('认证准备时间表（按审核日期 2027-09-30 倒排）');
    expect(run.stdout).toMatch(/2027-08-19 +.*提交认证申请 \(本工具默认\)/);
    expect(run.stdout).toMatch(/2027-05-19 – 2027-08-19 +.*售后服务体系开始运行/);
    expect(run.stdout).toMatch(/2028-09-30 +第一次监督审核：可申请评定星级/);
    expect(run.stdout).toMatch(/2030-09-30 +再认证审核/);
  });

  it('gives the same plan in JSON, with the projection after each action', () => {
    const run = runCli(['plan', '--format', 'json', example], { env: today });
    const view = JSON.parse(run.stdout);
    expect(view.items.map((item: { id: string }) => item.id)).toEqual(['delivery.packaging', 'customers.relationship', 'repair.technical-support', 'improvement.product']);
    expect(view.items.map((item: { projectedScore: number }) => item.projectedScore)).toEqual([83, 89, 95, 97]);
    expect(view.items.map((item: { projectedLevel: string }) => item.projectedLevel)).toEqual(['3star', '3star', '5star', '5star']);
    expect(view.overdue).toEqual(['delivery.packaging']);
    expect(view.timeline.find((m: { id: string }) => m.id === 'application')).toMatchObject({ date: '2027-08-19', basis: 'ours' });
    expect(view.timeline.find((m: { id: string }) => m.id === 'system-running')).toMatchObject({ start: '2027-05-19', date: '2027-08-19', basis: 'standard' });
  });

  it('groups by owner and by month', () => {
    const owner = JSON.parse(runCli(['plan', '--format', 'json', '--by', 'owner', example], { env: today }).stdout);
    expect(owner.groups).toEqual([
      { key: '王工', items: ['delivery.packaging', 'repair.technical-support'] },
      { key: '李经理', items: ['customers.relationship'] },
      { key: '赵主管', items: ['improvement.product'] },
    ]);
    const month = runCli(['plan', '--by', 'month', example], { env: today });
    expect(month.stdout.indexOf('2026 年 11 月')).toBeLessThan(month.stdout.indexOf('2027 年 2 月'));
  });

  it("--audit-date replaces the file's date; a date that does not exist is refused", () => {
    const view = JSON.parse(runCli(['plan', '--format', 'json', '--audit-date', '2027-12-31', example], { env: today }).stdout);
    expect(view.auditDate).toBe('2027-12-31');
    expect(view.timeline.find((m: { id: string }) => m.id === 'application').date).toBe('2027-11-19');
    const bad = runCli(['plan', '--audit-date', '2027-02-30', example]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('INVALID_DATE');
  });

  it('gives Markdown (golden)', () => {
    const run = runCli(['plan', '--format', 'markdown', example], { env: today });
    expect(run.status).toBe(0);
    expectGolden('producer-planning.plan.zh.md', run.stdout);
  });

  it('writes a calendar that an independent parser reads back: every dated action and step, all-day, whatever the time zone', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-ics-'));
    const file = path.join(dir, 'plan.ics');
    const run = runCli(['plan', '--format', 'ics', '-o', file, example], { env: { ...today, TZ: 'America/Los_Angeles' } });
    expect(run.status).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const events = parseEvents(text);
    const action = events.find((event) => event.uid.startsWith('repair.technical-support.'))!;
    expect(action).toMatchObject({ start: '2027-03-31', end: '2027-04-01', allDay: true });
    expect(action.summary).toBe('维修服务 › 技术支持：建立维修知识库并培训全部维修工');
    expect(action.description).toContain('负责人：王工');
    expect(action.description).toContain('备注：由技术部牵头');
    const overdue = events.find((event) => event.uid.startsWith('delivery.packaging.'))!;
    expect(overdue.description).toContain('已逾期');
    const audit = events.find((event) => event.uid.startsWith('timeline-audit.'))!;
    expect(audit).toMatchObject({ start: '2027-09-30', summary: '认证审核（现场审核）' });
    expect(events.find((event) => event.uid.startsWith('timeline-system-running.'))).toMatchObject({ start: '2027-05-19', end: '2027-08-20' });
    expect(events).toHaveLength(4 + 9);
    // The same input gives the same bytes (the stamp is the run's date), so a re-export updates the same events.
    const again = runCli(['plan', '--format', 'ics', example], { env: { ...today, TZ: 'Asia/Shanghai' } });
    expect(again.stdout).toBe(text);
  });

  it("replaces last month's calendar, but not another file, nor the assessment", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-ics-'));
    const calendar = path.join(dir, 'plan.ics');
    writeFileSync(calendar, 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    expect(runCli(['plan', '--format', 'ics', '-o', calendar, example], { env: today }).status).toBe(0);
    const notes = path.join(dir, 'notes.md');
    writeFileSync(notes, '# my notes\n');
    const refused = runCli(['plan', '--format', 'markdown', '-o', notes, example], { env: today });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('OUTPUT_EXISTS');
    expect(readFileSync(notes, 'utf8')).toBe('# my notes\n');
    expect(runCli(['plan', '--format', 'markdown', '-o', notes, '--force', example], { env: today }).status).toBe(0);
    const self = runCli(['plan', '-o', example, example], { env: today });
    expect(self.status).toBe(2);
    expect(self.stderr).toContain('REPORT_OVERWRITES_INPUT');
  });

  it('without an audit date says how to set one; without a plan says how to make one', () => {
    const run = runCli(['plan', 'examples/producer-4star.yaml'], { env: today });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('文件中还没有改进计划');
    expect(run.stdout).toContain('未设定审核日期');
  });
});

describe('gbt27922 diff and the plan', () => {
  it('shows the actions completed and those slipped or now overdue between two versions of the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-plan-diff-'));
    const original = readFileSync(path.join(repoRoot, example), 'utf8').replace('../indicators', path.join(repoRoot, 'indicators'));
    const older = path.join(dir, 'old.yaml');
    const newer = path.join(dir, 'new.yaml');
    writeFileSync(older, original);
    writeFileSync(
      newer,
      original
        .replace('    due: 2027-03-31\n    status: doing', '    due: 2027-03-31\n    status: done')
        .replace('    due: 2027-02-28', '    due: 2027-04-30')
        .replace('    due: 2027-05-31', '    due: 2026-11-15'),
    );
    const run = runCli(['diff', older, newer], { env: today });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('已完成的措施：技术支持（repair.technical-support）');
    expect(run.stdout).toContain('客户关系（customers.relationship）（完成日期 2027-02-28 → 2027-04-30）');
    expect(run.stdout).toContain('产品改进（improvement.product）（已逾期）');
    const json = JSON.parse(runCli(['diff', '--format', 'json', older, newer], { env: today }).stdout);
    expect(json.actionsCompleted).toEqual(['repair.technical-support']);
    expect(json.actionsSlipped).toEqual([
      { id: 'improvement.product', dueBefore: '2027-05-31', dueAfter: '2026-11-15', overdue: true },
      { id: 'customers.relationship', dueBefore: '2027-02-28', dueAfter: '2027-04-30', overdue: false },
    ]);
    const markdown = runCli(['diff', '--format', 'markdown', older, newer], { env: today });
    expect(markdown.stdout).toContain('- **已完成的措施**：技术支持（repair.technical-support）');
  });
});
