import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadAssessment } from '../../src/assessment/load-assessment.js';
import { loadApplicationRequirements } from '../../src/certification/load-application.js';
import { Cancelled } from '../../src/questionnaire/prompter.js';
import { runQuestionnaire } from '../../src/questionnaire/run-questionnaire.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import { pick, ScriptedPrompter, type, type Step } from '../helpers/scripted-prompter.js';

// Every eligibility condition and document of indicators/application.yaml is asked when no profile is named.
const { eligibility, documents } = await loadApplicationRequirements();

const profile = (structure: 'clauses' | 'sbt10401'): Step[] => [
  pick('producer'),
  pick(structure),
  type('测试电器有限公司'),
  type('320'),
  pick(true),
  ...eligibility.map(() => pick(true)),
  ...documents.map(() => pick('ready')),
];

async function run(steps: Step[]) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-structures-')), '自评.yaml');
  const prompter = new ScriptedPrompter(steps);
  const cause = await runQuestionnaire({ file, prompter, lang: 'zh', colorLevel: 0, today: '2026-12-01' }).then(
    () => undefined,
    (error: unknown) => error,
  );
  return { file, prompter, cause };
}

describe('the questionnaire offers both structures', () => {
  it('when a producer starts, then the clause-keyed catalogue is offered first and recommended, beside the SB/T 10401 one', async () => {
    const { prompter, file, cause } = await run(profile('clauses'));
    expect(cause).toBeInstanceOf(Cancelled);
    const question = prompter.transcript.find((line) => line.startsWith('? 按哪种结构自评'))!;
    expect(question).toMatch(/\[按 GB\/T 27922-2011 条款（推荐，26 项指标） \| SB\/T 10401 结构（27 项指标）\] \(default clauses\)$/);
    expect(prompter.transcript).toContain(
      '按条款：逐条对应标准第 5 章的要求，含售后服务管理师、商品信息、质量保证、废弃商品回收。\nSB/T 10401 结构：旧行业标准的单项，按 GB/T 27922 大类总分计分；结果会列出它未检查的条款。',
    );
    expect(parse(readFileSync(file, 'utf8')).catalogue).toBe('producer-clauses');
  });

  it('meets 售后服务管理师 as two counts (no met/unmet guess) and scores it from them', async () => {
    const steps = [
      ...profile('clauses'),
      pick('met'), // organisation.department (the quick walk asks for notes on gaps only)
      pick('na'),
      type('全部寄修，不设网点'), // organisation.outlets ("as needed")
      pick('samples'),
      type('9/10'),
      type(''),
      type(''), // staffing.qualified: a gap, so a note and files
      pick('counts'),
      type('12'),
      type('1'),
      type('正在培训 1 名'),
      type(''), // staffing.managers: 1 of 12 is a gap
    ];
    const { prompter, file } = await run(steps);
    expect(prompter.remaining).toBe(0);
    const card = prompter.transcript.findIndex((line) => line.includes('人员配置 › 售后服务管理师'));
    expect(prompter.transcript[card]).toContain('GB/T 27922 条款 5.1.2.2');
    const choices = prompter.transcript.slice(card).find((line) => line.startsWith('? '))!;
    expect(choices).toContain('填写人数');
    const offered = choices.slice(choices.indexOf('[') + 1, choices.lastIndexOf(']')).split(' | ');
    expect(offered).not.toContain('符合');
    expect(offered).not.toContain('不符合');
    const offers = (line: string) => line.slice(line.indexOf('[') + 1, line.lastIndexOf(']')).split(' | ');
    const department = prompter.transcript.find((line) => line.startsWith('? 评审时') && offers(line).includes('符合') && offers(line).includes('不符合'));
    expect(department).toBeDefined(); // the same prompt of an ordinary indicator does offer them
    expect(prompter.transcript.some((line) => line.includes('何时可不适用') && line.includes('根据需要'))).toBe(true);
    expect(parse(readFileSync(file, 'utf8')).answers['staffing.managers']).toEqual({ managers: 12, certified: 1, note: '正在培训 1 名' });
    const loaded = await loadAssessment(file);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const managers = scoreAssessment(loaded.value).indicators.find((indicator) => indicator.id === 'staffing.managers')!;
    expect([managers.state, managers.counts?.required]).toEqual(['not_met', 2]);
  });

  it('refuses more certified managers than managers, until the count is possible', async () => {
    const steps = [...profile('clauses'), pick('met'), pick('na'), type('寄修'), pick('met'), pick('counts'), type('3'), type('4')];
    await expect(
      run(steps).then(({ cause }) => {
        throw cause;
      }),
    ).rejects.toThrow('持证人数不能多于服务管理人员数');
  });
});
