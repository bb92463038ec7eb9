import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { loadApplicationRequirements } from '../../src/certification/load-application.js';
import { displayWidth } from '../../src/display-width.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { hasTmux, TmuxSession } from '../helpers/tmux.js';

const bin = path.join(repoRoot, 'bin', 'gbt27922.cjs');
const miniCatalogue = path.join(repoRoot, 'test', 'fixtures', 'catalogues', 'custom-valid.yaml');
let session: TmuxSession | undefined;
afterEach(() => session?.stop());

/** In CI tmux is installed by .ci/run, so there the test must run; elsewhere it may be absent. */
describe.skipIf(!hasTmux && !process.env.CI)('the questionnaire in a real terminal (tmux)', () => {
  it('walks in Chinese, survives Ctrl-C with nothing lost, resumes, and ends at the score `score` gives', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-tty-'));
    const file = path.join(dir, 'assessment.yaml');
    // The catalogue lies beside the assessment, as `score` requires of a catalogue a file names.
    const catalogue = path.join(dir, 'catalogue.yaml');
    copyFileSync(miniCatalogue, catalogue);
    // With no profile named, every shipped eligibility condition and document is asked.
    const { eligibility, documents } = await loadApplicationRequirements();
    const loaded = await loadCatalogue(catalogue);
    if (!loaded.ok) throw new Error('the mini catalogue does not load');
    const indicators = loaded.value.indicatorList.length;
    const companyQuestions = 3; // name, employees, first application
    const questions = companyQuestions + eligibility.length + documents.length + indicators;
    const answeredAtCtrlC = companyQuestions + eligibility.length + documents.length + 1;
    session = TmuxSession.start(`node ${bin} assess -o ${file} --catalogue ${catalogue}`);

    await session.waitFor('? 企业全称：');
    session.type('堃喆电器（苏州）有限公司');
    session.keys('Enter');
    await session.waitFor('? 员工人数');
    session.type('320');
    session.keys('Enter');
    await session.waitFor('? 是否首次申请认证？');
    session.keys('Up', 'Enter'); // 否: the cursor starts on "answer later", never on an answer
    for (let i = 1; i <= eligibility.length; i++) {
      await session.waitForCount('是否满足？', i);
      session.keys('Up', 'Up', 'Enter'); // 是
    }
    for (let i = 1; i <= documents.length; i++) {
      await session.waitForCount('这份材料的状态：', i);
      session.keys('Up', 'Up', 'Up', 'Enter'); // 已备齐
    }
    await session.waitFor('[1/3] 当前预计得分 0');
    session.keys('Up', 'Up', 'Enter'); // 符合，并填写备注和证据
    await session.waitFor('? 备注');
    session.type('已在官网发布');
    session.keys('Enter');
    await session.waitFor('? 证据文件路径');
    session.keys('Enter');
    await session.waitFor('[2/3] 当前预计得分 25.5');
    session.keys('C-c');
    const interrupted = await session.waitFor('EXIT=');
    expect(interrupted).toContain(`已中断。已回答的 ${answeredAtCtrlC}/${questions} 题都已保存在`);
    expect(interrupted).toContain('EXIT=130');
    expect(readFileSync(file, 'utf8')).toContain('culture.philosophy: { result: met, note: 已在官网发布 }');
    expect(existsSync(`${file}.lock`)).toBe(false);
    session.stop();

    session = TmuxSession.start(`node ${bin} assess -o ${file}`);
    await session.waitFor(`已回答 ${answeredAtCtrlC}/${questions} 题`);
    session.keys('Enter'); // continue at the first unanswered question
    await session.waitFor('culture.commitment');
    session.keys('Up', 'Enter'); // samples
    await session.waitFor('? 抽样结果');
    session.type('８／１０'); // as a Chinese input method types it
    session.keys('Enter');
    await session.waitFor('? 差距说明');
    session.keys('Escape'); // back to the answer of the same indicator
    await session.waitForCount('culture.commitment', 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    session.keys('Enter'); // the cursor is on the answer just given: samples
    await session.waitForCount('抽样结果，写成', 2);
    session.keys('Enter'); // 8/10, proposed
    await session.waitForCount('? 差距说明', 2);
    session.keys('Enter');
    await session.waitFor('? 证据文件路径');
    session.keys('Enter');
    await session.waitFor('delivery.installation');
    session.keys('Up', 'Enter'); // not applicable
    await session.waitFor('? 不适用的理由');
    session.type('本公司产品无需安装');
    session.keys('Enter');
    await session.waitFor('? 新增一项特别扣分');
    session.keys('Enter');
    await session.waitFor('? 特别加分项');
    session.keys('Enter');
    await session.waitFor('? 目标等级');
    session.keys('Down', 'Down', 'Enter'); // from the proposed next level up to "no plan now"
    const summary = await session.waitFor('? 接下来：');
    session.keys('Up', 'Up', 'Up', 'Enter'); // the PDF report, offered at the end
    await session.waitFor('? PDF 报告保存到：');
    session.keys('Enter'); // the proposed name
    await session.waitFor('已写入');
    await session.waitForCount('接下来：', 2);
    session.keys('Enter'); // done
    expect(await session.waitFor('EXIT=')).toContain('EXIT=0');
    expect(
      readFileSync(file.replace(/\.yaml$/, '.report.pdf'))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(readFileSync(file, 'utf8')).toContain('culture.commitment: 8/10');

    const shown = /预计得分：([\d.]+) \/ 100/.exec(summary)?.[1];
    const scored = runCli(['score', file]);
    expect(scored.status).toBe(0);
    expect(shown).toBeDefined();
    expect(scored.stdout).toContain(`预计得分：${shown} / 100`);
    expect(scored.stdout).toContain('堃喆电器（苏州）有限公司');
  }, 120_000);

  it('at 80 columns, asks who and by when for each gap on the path to the target, saving each answer and keeping what the file planned', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-tty-plan-'));
    const file = path.join(dir, 'assessment.yaml');
    copyFileSync(miniCatalogue, path.join(dir, 'catalogue.yaml'));
    const { eligibility, documents } = await loadApplicationRequirements();
    // Every answer in: 78.2 (达标级); 5 stars (95) needs both sampled indicators closed (+13.8 and +8.0).
    writeFileSync(
      file,
      [
        'format: gbt27922-assessment/1',
        'catalogue: ./catalogue.yaml',
        'company: { name: 堃喆电器（苏州）有限公司, employees: 320, firstCertification: false }',
        'assessedOn: 2026-11-27',
        'eligibility:',
        ...eligibility.map((condition) => `  ${condition.id}: true`),
        'documents:',
        ...documents.map((document) => `  ${document.id}: ready`),
        'answers:',
        '  culture.philosophy: met',
        '  culture.commitment: 6/10',
        '  delivery.installation: 8/10',
        'target: 5star',
        'plan:',
        '  delivery.installation:',
        '    owner: 李工 # 安装主管',
        '    note: 由质量部牵头',
        '',
      ].join('\n'),
    );
    session = TmuxSession.start(`node ${bin} assess -o ${file}`, {}, { columns: 80, rows: 60 });
    await session.waitFor('? 接下来：');
    session.keys('Enter'); // continue: the special items, then the plan
    await session.waitFor('? 新增一项特别扣分');
    session.keys('Enter');
    await session.waitFor('? 特别加分项');
    session.keys('Enter');
    await session.waitFor('? 目标等级（文件中 target: 设定为 ★★★★★ 五星级）');
    session.keys('Enter'); // the file's target, proposed
    await session.waitFor('[1/2] 服务承诺');
    session.keys('Enter'); // fill in
    await session.waitFor('? 措施（回车采用括号中的内容');
    session.keys('Enter'); // the suggestion from the records to show
    await session.waitFor('? 负责人');
    session.type('王工');
    session.keys('Enter');
    await session.waitFor('? 完成日期');
    session.type('2027-02-30');
    session.keys('Enter');
    await session.waitFor('且是真实存在的日期');
    session.keys(...Array.from({ length: 10 }, () => 'BSpace'));
    session.type('２０２７年３月１日'); // as a Chinese input method types it
    session.keys('Enter');
    await session.waitFor('? 状态');
    session.keys('Down', 'Enter'); // 进行中
    await session.waitFor('[2/2] 安装调试');
    const existing = await session.waitFor('现有计划：负责人 李工；备注：由质量部牵头');
    expect(existing).toContain('❯ 修改现有计划');
    session.keys('Enter');
    await session.waitFor('? 措施（回车采用括号中的内容；Esc 返回）： (备齐并可出示：安装单)');
    session.keys('Enter');
    await session.waitFor('? 负责人（可留空；Esc 返回）： (李工)');
    session.keys('Enter'); // kept
    await session.waitFor('? 完成日期'); // the first one answered shows ✔ now
    session.type('2027/6/30');
    session.keys('Enter');
    await session.waitFor('? 状态');
    session.keys('Enter'); // 未开始
    await session.waitFor('? 接下来：');
    session.keys('Enter'); // done
    expect(await session.waitFor('EXIT=')).toContain('EXIT=0');
    // Joined: a line the terminal had to wrap itself shows here wider than the terminal.
    const step = session.screen(true);
    const planPart = step.slice(step.indexOf('整改计划：'), step.indexOf('已保存到'));
    for (const line of planPart.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);

    const saved = readFileSync(file, 'utf8');
    expect(saved).toContain('culture.commitment: { action: 备齐并可出示：公示照片, owner: 王工, due: 2027-03-01, status: doing }');
    expect(saved).toContain('  delivery.installation:\n    owner: 李工 # 安装主管\n    note: 由质量部牵头\n');
    const plan = runCli(['plan', file, '--format', 'json']);
    expect(plan.status).toBe(0);
    const items = (JSON.parse(plan.stdout) as { items: Array<{ id: string; owner: string | null; due: string | null; status: string; note: string | null }> }).items;
    expect(items.map(({ id, owner, due, status, note }) => ({ id, owner, due, status, note }))).toEqual([
      { id: 'culture.commitment', owner: '王工', due: '2027-03-01', status: 'doing', note: null },
      { id: 'delivery.installation', owner: '李工', due: '2027-06-30', status: 'todo', note: '由质量部牵头' },
    ]);
  }, 120_000);

  it('without a terminal, says so and exits 2 instead of waiting', () => {
    const run = runCli(['assess', '-o', path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-')), 'x.yaml')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('NEEDS_TERMINAL');
    expect(run.stderr).toContain('gbt27922 score');
    const bare = runCli([]);
    expect(bare.status).toBe(2);
  });
});
