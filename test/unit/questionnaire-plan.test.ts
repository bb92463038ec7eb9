import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssessment } from '../../src/assessment/load-assessment.js';
import { loadApplicationRequirements } from '../../src/certification/load-application.js';
import { parseTypedDate } from '../../src/plan/dates.js';
import { Cancelled } from '../../src/questionnaire/prompter.js';
import { SKIP_PLAN } from '../../src/questionnaire/questions-plan.js';
import { runQuestionnaire } from '../../src/questionnaire/run-questionnaire.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import { catalogueBeside } from '../helpers/mini-catalogue.js';
import { escape, pick, ScriptedPrompter, type, type Step } from '../helpers/scripted-prompter.js';

const application = await loadApplicationRequirements();
const E = application.eligibility.length;
const D = application.documents.length;
/** Where a resumed walk lands once every counted question is answered: the special deductions. */
const SPECIAL = 3 + E + D + 3;

// biome-ignore format: one line per question and its answer
const answers: Step[] = [
  type('测试电器有限公司'), type('58'), pick(false),
  ...Array.from({ length: E }, () => pick(true)),
  ...Array.from({ length: D }, () => pick('ready')),
  pick('met'), // culture.philosophy, 25.5
  pick('samples'), type('6/10'), type(''), type(''), // culture.commitment: 20.7 of 34.5, a gap worth 13.8
  pick('samples'), type('8/10'), type(''), type(''), // delivery.installation: 32 of 40, a gap worth 8
  type(''), type(''), // no special deduction, no bonus
];

async function run(file: string, steps: Step[], lang: 'zh' | 'en' = 'zh') {
  const prompter = new ScriptedPrompter(steps);
  const outcome = await runQuestionnaire({ file, prompter, lang, colorLevel: 0, catalogueOverride: catalogueBeside(file), today: '2026-11-27' }).then(
    (progress) => ({ progress }),
    (cause: unknown) => ({ cause }),
  );
  return { prompter, outcome };
}

/** A file with every answer in (78.2, 达标级), stopped at the plan step. */
async function answered(extra = ''): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-plan-')), '自评.yaml');
  const { outcome } = await run(file, [...answers]); // the prompter consumes its script
  expect((outcome as { cause: unknown }).cause).toBeInstanceOf(Cancelled);
  if (extra) writeFileSync(file, readFileSync(file, 'utf8') + extra);
  return file;
}

async function scored(file: string) {
  const loaded = await loadAssessment(file);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return scoreAssessment(loaded.value, { today: '2026-11-27' });
}

const resumeToPlan = [pick(SPECIAL), type(''), type('')];

describe('the plan step: who, by when, for each gap on the path to the target', () => {
  it('without a target in the file, proposes the next level up, writes the chosen one, and plans each gap on its path', async () => {
    const file = await answered();
    // biome-ignore format: one line per gap
    const { prompter, outcome } = await run(file, [
      ...resumeToPlan,
      pick('5star'), // 16.8 short: both gaps are on the path
      pick('edit'), type(''), type('王工'), type('2027/3/1'), pick('doing'), // culture.commitment: the suggested action
      pick('edit'), type('每单拍照存档'), type(''), type('2027年6月30日'), pick('todo'), // delivery.installation: no owner
      pick('done'),
    ]);
    expect(outcome).toEqual({ progress: { answered: SPECIAL, total: SPECIAL } });
    const transcript = prompter.transcript.join('\n');
    expect(transcript).toContain('? 目标等级（文件未设定 target:，默认为下一级 ★★★ 三星级；所选等级会写入文件）：');
    expect(transcript).toContain('(default 3star)');
    expect(transcript).toContain('距 ★★★★★ 五星级 还差 16.8 分；补齐以下 2 项差距即可达到');
    expect(transcript).toContain('? 措施（回车采用括号中的内容；Esc 返回）： (default 备齐并可出示：公示照片)');
    const result = await scored(file);
    expect(result.target).toBe('5star');
    expect(result.plan.map(({ id, action, owner, due, status, onPathToTarget }) => ({ id, action, owner, due, status, onPathToTarget }))).toEqual([
      { id: 'culture.commitment', action: '备齐并可出示：公示照片', owner: '王工', due: '2027-03-01', status: 'doing', onPathToTarget: true },
      { id: 'delivery.installation', action: '每单拍照存档', owner: null, due: '2027-06-30', status: 'todo', onPathToTarget: true },
    ]);
  });

  it("offers the file's target and plan as defaults, changes only what is typed, and keeps comments, notes and entries off the path", async () => {
    const file = await answered(
      [
        'target: 4star # 总经理定的目标',
        'plan:',
        '  # 安装由质量部负责',
        '  culture.commitment:',
        '    action: 在门店和官网公示服务承诺',
        '    owner: 李工 # 客服主管',
        '    due: 2027-02-28',
        '    note: 由质量部牵头',
        '  culture.philosophy: { action: 每年复核服务理念, owner: 张总, status: done }',
        '',
      ].join('\n'),
    );
    // 4 stars is 11.8 short: culture.commitment (+13.8) alone reaches it.
    const { prompter } = await run(file, [...resumeToPlan, pick('4star'), pick('edit'), type(''), type(''), type('2027-03-15'), pick('doing'), pick('done')]);
    const transcript = prompter.transcript.join('\n');
    expect(transcript).toContain('? 目标等级（文件中 target: 设定为 ★★★★ 四星级）： [');
    expect(transcript).toContain('(default 4star)');
    expect(transcript).toContain('现有计划：在门店和官网公示服务承诺；负责人 李工；2027-02-28 前完成；备注：由质量部牵头');
    expect(transcript).toContain('(default 在门店和官网公示服务承诺)');
    expect(transcript).toContain('(default 李工)');
    expect(transcript).toContain('(default 2027-02-28)');
    expect(transcript).not.toContain('安装调试  补齐可得'); // delivery.installation is off the path to 4 stars: not asked
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('target: 4star # 总经理定的目标');
    expect(text).toContain(
      '  # 安装由质量部负责\n  culture.commitment:\n    action: 在门店和官网公示服务承诺\n    owner: 李工 # 客服主管\n    due: 2027-03-15\n    note: 由质量部牵头\n    status: doing\n',
    );
    expect(text).toContain('  culture.philosophy: { action: 每年复核服务理念, owner: 张总, status: done }');
  });

  it('can be skipped: as a whole (nothing written), one gap, or the rest', async () => {
    const skipped = await answered();
    const before = readFileSync(skipped, 'utf8');
    const { prompter } = await run(skipped, [...resumeToPlan, pick(SKIP_PLAN), pick('done')]);
    expect(prompter.remaining).toBe(0);
    expect(readFileSync(skipped, 'utf8')).toBe(before);

    const partly = await answered();
    await run(partly, [...resumeToPlan, pick('5star'), pick('keep'), pick('edit'), type(''), type('赵工'), type(''), pick('todo'), pick('done')]);
    expect((await scored(partly)).plan.map(({ id, owner, due }) => ({ id, owner, due }))).toEqual([{ id: 'delivery.installation', owner: '赵工', due: null }]);

    const rest = await answered();
    const { prompter: restPrompter } = await run(rest, [...resumeToPlan, pick('5star'), pick('rest'), pick('done')]);
    expect(restPrompter.remaining).toBe(0);
    expect((await scored(rest)).plan).toEqual([]);
  });

  it('saves each field at once: Ctrl-C at the due date keeps the action and owner', async () => {
    const file = await answered();
    const { outcome } = await run(file, [...resumeToPlan, pick('5star'), pick('edit'), type('公示承诺'), type('王工')]);
    expect((outcome as { cause: unknown }).cause).toBeInstanceOf(Cancelled);
    expect(readFileSync(file, 'utf8')).toContain('culture.commitment: { action: 公示承诺, owner: 王工 }');
  });

  it('goes back with Esc: a field to the one before, the first gap to the target, the target to the question before', async () => {
    const file = await answered();
    // biome-ignore format: one line per step
    const { prompter, outcome } = await run(file, [
      ...resumeToPlan,
      escape, // at the target: back to the special bonus
      type(''),
      pick('5star'), escape, // at the first gap: back to the target
      pick('5star'), pick('edit'), type('公示承诺'), escape, // at the owner: back to the action
      type('公示承诺并拍照'), type('王工'), type(''), pick('todo'),
      pick('keep'), // the last gap offers no "skip the rest"
      pick('done'),
    ]);
    expect(prompter.remaining).toBe(0);
    expect(outcome).toEqual({ progress: { answered: SPECIAL, total: SPECIAL } });
    expect(prompter.asked.filter((message) => message.startsWith('? 目标等级') || message.startsWith('目标等级'))).toHaveLength(3);
    expect(readFileSync(file, 'utf8')).toContain('culture.commitment: { action: 公示承诺并拍照, owner: 王工, status: todo }');
  });

  it('says so when the target is already reached, and asks nothing more', async () => {
    const file = await answered();
    const { prompter } = await run(file, [...resumeToPlan, pick('compliant'), pick('done')]);
    expect(prompter.remaining).toBe(0);
    expect(prompter.transcript.join('\n')).toContain('已达到目标等级 达标级，没有需要补齐的差距。');
  });

  it('speaks English', async () => {
    const file = await answered();
    const { prompter } = await run(file, [...resumeToPlan, pick('4star'), pick('edit'), type(''), type('Wang'), type('2027-03-01'), pick('todo'), pick('done')], 'en');
    const transcript = prompter.transcript.join('\n');
    expect(transcript).toContain('Level aimed for (the file sets no target:, so the next level up, ★★★ Three-star, is proposed');
    expect(transcript).toContain('(default Have ready to show: Photos)');
    expect(transcript).toContain('? Status: [to do | in progress | done]');
  });
});

describe('a due date as people type it', () => {
  it('reads ISO dates, slashes, dots, 年月日 and full-width digits, and refuses days that do not exist', () => {
    expect(parseTypedDate('2027-03-01')).toBe('2027-03-01');
    expect(parseTypedDate('2027/3/1')).toBe('2027-03-01');
    expect(parseTypedDate(' 2027.3.1 ')).toBe('2027-03-01');
    expect(parseTypedDate('2027年3月1日')).toBe('2027-03-01');
    expect(parseTypedDate('２０２７－０３－０１')).toBe('2027-03-01');
    expect(parseTypedDate('２０２７／３／１')).toBe('2027-03-01');
    expect(parseTypedDate('2028-02-29')).toBe('2028-02-29');
    for (const wrong of ['2027-02-29', '2027-13-01', '2027-3', '3/1/2027', '明年三月', '', '2027-03-01x']) expect(parseTypedDate(wrong), wrong).toBeUndefined();
  });

  it('is refused at the prompt until it is a real day, and saved as YYYY-MM-DD', async () => {
    const file = await answered();
    const checked: Array<true | string> = [];
    class Checking extends ScriptedPrompter {
      override async input(message: string, options: { default?: string; validate?: (value: string) => true | string } = {}): Promise<string> {
        if (message.startsWith('完成日期') && options.validate) checked.push(options.validate('2027-02-30'), options.validate(''), options.validate('2027年3月1日'));
        return super.input(message, options);
      }
    }
    const prompter = new Checking([...resumeToPlan, pick('4star'), pick('edit'), type(''), type(''), type('２０２７年３月１日'), pick('todo'), pick('done')]);
    await runQuestionnaire({ file, prompter, lang: 'zh', colorLevel: 0, catalogueOverride: catalogueBeside(file), today: '2026-11-27' });
    expect(checked).toEqual(['请写成 2027-03-01、2027/3/1 或 2027年3月1日，且是真实存在的日期', true, true]);
    expect((await scored(file)).plan[0]).toMatchObject({ id: 'culture.commitment', due: '2027-03-01' });
  });
});
