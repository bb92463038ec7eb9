import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadApplicationRequirements } from '../../src/certification/load-application.js';
import { NAV } from '../../src/questionnaire/question.js';
import { SKIP_PLAN } from '../../src/questionnaire/questions-plan.js';
import { fitChoices, fitMessage, pageFor } from '../../src/questionnaire/prompter.js';
import { wrapText } from '../../src/report/wrap-text.js';
import { displayWidth } from '../../src/display-width.js';
import { parseSampleInput } from '../../src/questionnaire/questions-indicators.js';
import { runQuestionnaire } from '../../src/questionnaire/run-questionnaire.js';
import { catalogueBeside } from '../helpers/mini-catalogue.js';
import { escape, pick, ScriptedPrompter, type, type Step } from '../helpers/scripted-prompter.js';

const INDICATOR = '评审时能否证明符合？';
const DOCUMENT = '这份材料的状态：';

function freshFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-walk-')), '自评.yaml');
}

async function run(file: string, steps: Step[], options: { evidenceDir?: string; detail?: boolean; lang?: 'zh' | 'en' } = {}) {
  const prompter = new ScriptedPrompter(steps);
  const outcome = await runQuestionnaire({
    file,
    prompter,
    lang: options.lang ?? 'zh',
    colorLevel: 0,
    catalogueOverride: catalogueBeside(file),
    today: '2026-11-27',
    ...(options.evidenceDir ? { evidenceDir: options.evidenceDir } : {}),
    ...(options.detail ? { detail: true } : {}),
  }).then(
    (progress) => ({ progress }),
    (cause: unknown) => ({ cause }),
  );
  return { prompter, outcome };
}

const profile = [type('测试电器有限公司'), type('58'), pick(false)];
// Every eligibility condition and document of indicators/application.yaml: no profile named, so all are asked.
const application = await loadApplicationRequirements();
const E = application.eligibility.length;
const D = application.documents.length;
const eligibility = Array.from({ length: E }, () => pick(true));
const documents = Array.from({ length: D }, () => pick('ready'));

describe('the questionnaire walk', () => {
  it('when resumed, lands on the first unanswered question and then skips every answered one', async () => {
    const file = freshFile();
    // The third document left for later, the first indicator answered, then Ctrl-C.
    await run(file, [...profile, ...eligibility, pick('ready'), pick('ready'), pick(NAV.later), ...Array.from({ length: D - 3 }, () => pick('ready')), pick('met')]);
    const { prompter } = await run(file, [
      pick(3 + E + 2), // continue at the first unanswered question: the third document
      pick('missing'),
      pick('met'), // culture.commitment: straight after, no answered document or indicator again
      pick('met'), // delivery.installation
    ]);
    expect(prompter.asked.filter((message) => message === DOCUMENT)).toHaveLength(1);
    expect(prompter.asked.filter((message) => message === INDICATOR)).toHaveLength(2);
    expect(prompter.transcript.join('\n')).toContain('[2/3]');
    expect(prompter.transcript.join('\n')).not.toContain('[1/3]');
    expect(readFileSync(file, 'utf8')).toContain('licences: missing');
  });

  it('offers the questions left for later again at the end, before the result', async () => {
    const file = freshFile();
    const { prompter, outcome } = await run(file, [
      ...profile,
      ...eligibility,
      ...documents,
      pick(NAV.later), // culture.philosophy: later
      pick('met'),
      pick('met'),
      type(''), // no special deduction
      type(''), // no bonus
      pick('answer'), // "1 question still unanswered: answer it now", before the plan
      pick('unmet'),
      type('年底前发布'),
      type(''), // culture.philosophy, now a gap with its note; the special items are not asked again
      pick(SKIP_PLAN), // the plan, now that every answer is in
      pick('done'),
    ]);
    expect(outcome).toEqual({ progress: { answered: 3 + E + D + 3, total: 3 + E + D + 3 } });
    expect(prompter.remaining).toBe(0);
    expect(prompter.asked.filter((message) => message.startsWith('新增一项特别扣分'))).toHaveLength(1);
    expect(prompter.transcript.join('\n')).toContain('还有 1 题未回答');
    expect(readFileSync(file, 'utf8')).toContain('culture.philosophy: { result: unmet, note: 年底前发布 }');
  });

  it('opens a part of the contents at its first unanswered question', async () => {
    const file = freshFile();
    await run(file, [...profile, ...eligibility, ...documents, pick('met')]);
    const { prompter } = await run(file, [
      pick('menu'),
      pick(3 + E + D + 1), // the culture item: culture.philosophy is answered, so culture.commitment
      pick('unmet'),
      type(''),
      type(''),
    ]);
    expect(prompter.transcript.join('\n')).toContain('[2/3]');
    expect(prompter.transcript.join('\n')).not.toContain('[1/3]');
  });

  it('starts the cursor on the recorded answer, or on "answer later": never on a positive answer', async () => {
    const file = freshFile();
    const evidence = path.join(path.dirname(file), 'evidence');
    mkdirSync(evidence);
    writeFileSync(path.join(evidence, '营业执照.pdf'), '');
    const { prompter } = await run(file, [...profile, ...eligibility, ...documents, pick('met'), pick('samples'), type('7/10'), type(''), type('')], { evidenceDir: evidence });
    const shown = prompter.transcript.filter((line) => line.startsWith('? '));
    expect(shown.find((line) => line.startsWith('? 是否首次申请认证？'))).toContain(`(default ${NAV.later})`);
    expect(shown.find((line) => line.startsWith('? 是否满足？'))).toContain(`(default ${NAV.later})`);
    const documentDefaults = shown.filter((line) => line.startsWith(`? ${DOCUMENT}`)).map((line) => /\(default (.*)\)$/.exec(line)?.[1]);
    expect(documentDefaults[0]).toBe('ready'); // its file is in the evidence folder
    expect(documentDefaults.slice(1)).toEqual(Array.from({ length: D - 1 }, () => NAV.later)); // no file found: not proposed as ready
    expect(shown.find((line) => line.startsWith(`? ${INDICATOR}`))).toContain(`(default ${NAV.later})`);

    // The culture part is answered: the contents open it at its start, each answer as the cursor's place.
    const again = await run(file, [pick('menu'), pick(3 + E + D), pick('met'), pick('samples'), type(''), type(''), type('')]);
    const indicatorDefaults = again.prompter.transcript.filter((line) => line.startsWith(`? ${INDICATOR}`)).map((line) => /\(default (.*)\)$/.exec(line)?.[1]);
    expect(indicatorDefaults).toEqual(['met', 'samples', NAV.later]);
    expect(again.prompter.transcript).toContain('? 抽样结果，写成“符合数/样本数”，如 7/10（样本数至少 1，符合数 0 到样本数）： (default 7/10)');
  });

  it('in the quick walk asks a note and evidence only for a gap or on request; --detailed asks them always', async () => {
    const quick = await run(freshFile(), [...profile, ...eligibility, ...documents, pick('met'), pick('samples'), type('10/10'), pick('unmet'), type('还没有安装规范'), type('')]);
    expect(quick.prompter.asked.filter((message) => message.startsWith('备注'))).toHaveLength(0);
    expect(quick.prompter.asked.filter((message) => message.startsWith('差距说明'))).toHaveLength(1);

    const detailed = await run(freshFile(), [...profile, ...eligibility, ...documents, pick('met'), type('已发布'), type('')], { detail: true });
    expect(detailed.prompter.asked.filter((message) => message.startsWith('备注'))).toHaveLength(1);
    expect(detailed.prompter.transcript.find((line) => line.startsWith(`? ${INDICATOR}`))).not.toContain('符合，并填写备注和证据');
  });

  it('takes a sample result in one prompt, full-width as a Chinese input method types it', async () => {
    const file = freshFile();
    const { prompter } = await run(file, [...profile, ...eligibility, ...documents, pick('met'), pick('samples'), type('７／１０'), type(''), type('')]);
    expect(readFileSync(file, 'utf8')).toContain('culture.commitment: 7/10');
    const prompt = prompter.asked.find((message) => message.startsWith('抽样结果'))!;
    expect(prompt).toContain('符合数 0 到样本数');
    expect(prompt).toContain('样本数至少 1');
  });

  it('says the same range in the sample prompt and in its error, in both languages', () => {
    expect(parseSampleInput('7/10')).toEqual({ conforming: 7, total: 10 });
    expect(parseSampleInput(' ７ ／ １０ ')).toEqual({ conforming: 7, total: 10 });
    expect(parseSampleInput('0/1')).toEqual({ conforming: 0, total: 1 });
    for (const wrong of ['11/10', '3/0', '10', '7/10.5', '-1/4', 'seven/10']) expect(parseSampleInput(wrong)).toBeUndefined();
  });

  it('goes back with Esc: from a note to the answer of the same question, from a first prompt to the question before', async () => {
    const file = freshFile();
    const { prompter } = await run(file, [
      ...profile,
      ...eligibility,
      ...documents,
      pick('unmet'),
      escape, // Esc at the note of culture.philosophy: its answer is asked again
      pick('met'),
      escape, // Esc at culture.commitment's answer: back to culture.philosophy
      pick('met'),
      pick('met'),
    ]);
    // philosophy, philosophy again, commitment, philosophy after Esc, commitment, installation
    expect(prompter.asked.filter((message) => message === INDICATOR)).toHaveLength(6);
    expect(readFileSync(file, 'utf8')).toMatch(/culture\.philosophy: met\s/);
  });

  it('folds a choice wider than the terminal by display width, under its first letter, never starting a line with 、, and counts its lines for the page', () => {
    const seller = '销售服务型企业 — 销售商品或提供服务、自己不生产的企业，如零售商、经销商、电商、服务商';
    const choices = [
      { value: 'producer', name: '生产型企业 — 自己生产商品并提供售后服务的企业，如家电、设备制造商' },
      { value: 'seller', name: seller },
    ];
    const fitted = fitChoices(choices, 80, wrapText);
    expect(fitted.choices[0]).toBe(choices[0]);
    const lines = fitted.choices[1]!.name.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(fitted.lines).toBe(1 + lines.length);
    for (const line of lines) expect(displayWidth(`❯ ${line}`)).toBeLessThanOrEqual(80);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}[^\s、，。）]/);
    expect(lines.map((line) => line.trim()).join('')).toBe(seller);
    expect(fitted.choices[1]!.short).toBe(seller);
    expect(pageFor(fitted.lines, 40).pageSize).toBe(fitted.lines);
    const question = '抽样结果，写成“符合数/样本数”，如 7/10（样本数至少 1，符合数 0 到样本数）：';
    for (const line of fitMessage(question, 40, wrapText).split('\n')) expect(displayWidth(`? ${line}`)).toBeLessThanOrEqual(40);
    expect(fitChoices(choices, undefined, wrapText).choices).toBe(choices);
  });

  it('shows every entry of the contents when the terminal is tall enough, and says when it scrolls', () => {
    expect(pageFor(14, 40)).toEqual({ pageSize: 14, scrolls: false });
    expect(pageFor(14, 24)).toEqual({ pageSize: 14, scrolls: false }); // the producer contents at 24 rows: all of it
    expect(pageFor(14, 15)).toEqual({ pageSize: 9, scrolls: true });
  });

  it('says in the saved file that the questionnaire wrote it, with a schema link that does not depend on where the tool is installed', async () => {
    const file = freshFile();
    await run(file, [...profile]);
    const saved = readFileSync(file, 'utf8');
    expect(saved).toContain('由 gbt27922 问卷（assess）生成');
    expect(saved).not.toContain('由 gbt27922 init 生成');
    const link = /\$schema=(\S+)/.exec(saved)?.[1];
    expect(link).toMatch(/^https:\/\/unpkg\.com\/gbt27922@\d+\.\d+\.\d+\/indicators\/schema\/assessment\.schema\.json$/);
  });
});
