import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { loadApplicationRequirements } from '../../src/certification/load-application.js';
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

  it('without a terminal, says so and exits 2 instead of waiting', () => {
    const run = runCli(['assess', '-o', path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-')), 'x.yaml')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('NEEDS_TERMINAL');
    expect(run.stderr).toContain('gbt27922 score');
    const bare = runCli([]);
    expect(bare.status).toBe(2);
  });
});
