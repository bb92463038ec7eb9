import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadApplicationRequirements } from '../../src/certification/load-application.js';
import { loadAssessment } from '../../src/assessment/load-assessment.js';
import { UserError } from '../../src/model/diagnostic.js';
import { Cancelled } from '../../src/questionnaire/prompter.js';
import { NAV } from '../../src/questionnaire/question.js';
import { runQuestionnaire } from '../../src/questionnaire/run-questionnaire.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import { catalogueBeside, miniCatalogue } from '../helpers/mini-catalogue.js';
import { pick, ScriptedPrompter, type, type Step } from '../helpers/scripted-prompter.js';

// Every eligibility condition and document of indicators/application.yaml: no profile named, so all are asked.
const application = await loadApplicationRequirements();
const E = application.eligibility.length;
const D = application.documents.length;
const eligibilityAllYes = Array.from({ length: E }, () => pick(true));
const documentsAllReady = Array.from({ length: D }, () => pick('ready'));

function freshFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-flow-')), '自评.yaml');
}

async function run(file: string, steps: Step[], options: { lang?: 'zh' | 'en'; evidenceDir?: string; catalogue?: string } = {}) {
  const prompter = new ScriptedPrompter(steps);
  const outcome = await runQuestionnaire({
    file,
    prompter,
    lang: options.lang ?? 'zh',
    colorLevel: 0,
    catalogueOverride: options.catalogue ?? catalogueBeside(file),
    today: '2026-11-27',
    ...(options.evidenceDir ? { evidenceDir: options.evidenceDir } : {}),
  }).then(
    (progress) => ({ progress }),
    (cause: unknown) => ({ cause }),
  );
  return { prompter, outcome };
}

/** The whole walk on the three-indicator catalogue, answering each kind of answer once. */
// biome-ignore format: one line per question, its answer and its note
const fullWalk: Step[] = [
  type('测试电器有限公司'),
  type('58'),
  pick(false),
  ...eligibilityAllYes,
  ...documentsAllReady,
  pick('met+note'), type('理念已发布'), type('docs/服务理念.pdf, docs/培训签到.xlsx'), // culture.philosophy, with a note on request
  pick('samples'), type('9/10'), type(''), type(''), // culture.commitment: 9 of 10, a gap: note and evidence asked
  pick('na'), type('本公司产品无需安装'), // delivery.installation: no note asked in the quick walk
  type('2026-10 一起投诉超期未处理'), type(''), // one special deduction, then done
  type(''), // no bonus
  pick('5star'), pick('edit'), type(''), type('王工'), type('２０２７年３月１日'), pick('doing'), // the plan: 5 stars; culture.commitment, the suggested action
  pick('done'),
];

describe('the questionnaire', () => {
  it('walks every question and writes a file that `score` scores exactly as the walk showed', async () => {
    const file = freshFile();
    const { prompter, outcome } = await run(file, [...fullWalk]);
    expect(outcome).toEqual({ progress: { answered: 3 + E + D + 3, total: 3 + E + D + 3 } });
    expect(prompter.remaining).toBe(0);

    const loaded = await loadAssessment(file); // the file names the catalogue beside it, as `score` reads it
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const result = scoreAssessment(loaded.value);
    // (25.5 + 34.5 × 9/10) / 60 × 100 − 1 = 93.25
    expect(result.score.toNumber()).toBeCloseTo(93.25, 10);
    expect(result.company).toEqual({ name: '测试电器有限公司', employees: 58, outlets: null, firstCertification: false });
    expect(result.indicators.map((i) => i.state)).toEqual(['met', 'partially_met', 'not_applicable']);
    expect(result.indicators[0]).toMatchObject({ note: '理念已发布', evidence: ['docs/服务理念.pdf', 'docs/培训签到.xlsx'] });
    expect(result.indicators[2]!.naReason).toBe('本公司产品无需安装');
    expect(result.specialDeductions).toEqual(['2026-10 一起投诉超期未处理']);
    expect(result.documents.complete).toBe(true);
    expect(result.eligibility.passed).toBe(true);
    // The plan step: 93.25 is 4 stars; closing culture.commitment (+5.75) alone reaches 5 stars at 95.
    expect(result.target).toBe('5star');
    expect(result.plan).toEqual([expect.objectContaining({ id: 'culture.commitment', action: '备齐并可出示：公示照片', owner: '王工', due: '2027-03-01', status: 'doing', onPathToTarget: true })]);
    // The summary printed the same score the file scores to.
    expect(prompter.transcript.join('\n')).toContain('预计得分：93.2 / 100');
  });

  it('when Ctrl-C is pressed, then every answer given is on disk and the progress is reported', async () => {
    const file = freshFile();
    const upToIndicators = fullWalk.slice(0, 3 + E + D + 3); // name … documents, then the first indicator's answer, note and evidence
    const { outcome } = await run(file, upToIndicators);
    expect((outcome as { cause: unknown }).cause).toBeInstanceOf(Cancelled);
    expect((outcome as { cause: Cancelled }).cause.progress).toEqual({ answered: 3 + E + D + 1, total: 3 + E + D + 3 });
    const saved = readFileSync(file, 'utf8');
    expect(saved).toMatch(/culture\.philosophy: \{ result: met, note: 理念已发布, evidence: \[ docs\/服务理念\.pdf, docs\/培训签到\.xlsx \] \}/);
    expect(saved).toMatch(/culture\.commitment:\s*(#.*)?$/m);
  });

  it('when started again on a saved file, then it offers to resume at the first unanswered question', async () => {
    const file = freshFile();
    await run(file, fullWalk.slice(0, 3 + E + D + 3));
    const { prompter, outcome } = await run(file, [pick(3 + E + D + 1), ...fullWalk.slice(3 + E + D + 3)]);
    expect(outcome).toEqual({ progress: { answered: 3 + E + D + 3, total: 3 + E + D + 3 } });
    expect(prompter.transcript.join('\n')).toContain(`已回答 ${3 + E + D + 1}/${3 + E + D + 3} 题`);
    expect(prompter.asked.filter((message) => message === '评审时能否证明符合？')).toHaveLength(2);
  });

  it('goes back to the previous question, and through the contents to any part', async () => {
    const file = freshFile();
    await run(file, fullWalk.slice(0, 3 + E + D));
    // biome-ignore format: one line per question, its answer and its note
    const { prompter } = await run(file, [
      pick('menu'), // resume: open the contents
      pick(3 + E + D), // the first indicator's section
      pick('unmet'), type(''), type(''), // culture.philosophy
      pick(NAV.back), // at culture.commitment: back to culture.philosophy
      pick('met'), // met: no note asked in the quick walk
      pick(NAV.menu), // at culture.commitment: the contents
      pick(-1), // the result
      pick('done'),
    ]);
    expect(prompter.remaining).toBe(0);
    const loaded = await loadAssessment(file); // the file names the catalogue beside it, as `score` reads it
    if (!loaded.ok) throw new Error('invalid');
    expect(loaded.value.assessment.answers.get('culture.philosophy')).toEqual({ kind: 'met' });
    expect(loaded.value.assessment.answers.get('culture.commitment')).toEqual({ kind: 'unanswered' });
  });

  it('refuses N/A without a reason, and k > n, until the answer is valid', async () => {
    const file = freshFile();
    await expect(run(file, [...fullWalk.slice(0, 3 + E + D), pick('met'), pick('samples'), type('11/10')])).resolves.toMatchObject({
      outcome: { cause: expect.objectContaining({ message: expect.stringContaining('符合数 0 到样本数') }) },
    });
    const again = freshFile();
    const { outcome } = await run(again, [...fullWalk.slice(0, 3 + E + D), pick('met'), pick('met'), pick('na'), type('  ')]);
    expect(String((outcome as { cause: Error }).cause.message)).toContain('此项必填');
  });

  it('keeps comments a person wrote in the file, and its key order', async () => {
    const file = freshFile();
    await run(file, fullWalk.slice(0, 3 + E + D + 3));
    const edited = readFileSync(file, 'utf8')
      .replace('answers:', '# 2026-11 内审后更新\nanswers:')
      .replace(/(culture\.philosophy: .*)$/m, '$1  # 已由总经理确认');
    writeFileSync(file, edited);
    await run(file, [pick(3 + E + D + 1), ...fullWalk.slice(3 + E + D + 3)]);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('# 2026-11 内审后更新');
    expect(after).toContain('# 已由总经理确认');
    const keys = [...after.matchAll(/^([a-zA-Z]+):/gm)].map((m) => m[1]);
    expect(keys).toEqual(['format', 'catalogue', 'company', 'assessedOn', 'eligibility', 'answers', 'specialDeductions', 'specialBonus', 'documents', 'target', 'plan']);
  });

  it('with an evidence folder, proposes "ready" for documents it finds and records their files', async () => {
    const file = freshFile();
    const evidence = path.join(path.dirname(file), 'evidence');
    mkdirSync(evidence);
    writeFileSync(path.join(evidence, '营业执照.pdf'), '');
    const { prompter } = await run(file, fullWalk.slice(0, 3 + E + 1), { evidenceDir: evidence });
    expect(prompter.transcript.join('\n')).toContain('在证据文件夹中找到：');
    expect(prompter.transcript.join('\n')).toMatch(/这份材料的状态：.*\(default ready\)/);
    expect(readFileSync(file, 'utf8')).toContain('business-license: { status: ready, files: [ evidence/营业执照.pdf ] }');
  });

  it('keeps the files and note of a document when its status is answered again', async () => {
    const file = freshFile();
    await run(file, fullWalk.slice(0, 3 + E + D));
    writeFileSync(file, readFileSync(file, 'utf8').replace('business-license: ready', 'business-license: { status: ready, note: 2026 年检已完成, files: [ 证照/营业执照.pdf ] }'));
    await run(file, [pick('menu'), pick(3 + E), pick('ready')]);
    expect(readFileSync(file, 'utf8')).toContain('business-license: { status: ready, note: 2026 年检已完成, files: [ 证照/营业执照.pdf ] }');
  });

  it('refuses a hand-edited file of the wrong shape before walking, with the place of the error', async () => {
    const file = freshFile();
    await run(file, fullWalk.slice(0, 3));
    writeFileSync(file, readFileSync(file, 'utf8').replace(/company:\n(  .*\n)+/, 'company: 123\n'));
    const { outcome } = await run(file, []);
    const cause = (outcome as { cause: UserError }).cause;
    expect(cause).toBeInstanceOf(UserError);
    expect(cause.diagnostics[0]).toMatchObject({ code: 'SCHEMA_TYPE', params: { path: 'company' } });
  });

  it('refuses an evidence folder that does not exist', async () => {
    const { outcome } = await run(freshFile(), fullWalk.slice(0, 1), { evidenceDir: path.join(tmpdir(), 'no-such-evidence-gbt27922') });
    expect((outcome as { cause: UserError }).cause.diagnostics[0]).toMatchObject({ code: 'EVIDENCE_DIR_INVALID', params: { reason: 'ENOENT' } });
  });

  it('speaks English when asked', async () => {
    const { prompter } = await run(freshFile(), [...fullWalk], { lang: 'en' });
    expect(prompter.asked).toContain('Could you demonstrate this to an auditor?');
    expect(prompter.transcript.join('\n')).toContain('Projected score: 93.2 / 100');
  });
});

describe('a new assessment with --catalogue outside its folder', () => {
  it('copies the catalogue beside the file and names the copy, so `score` reads the file with no --catalogue', async () => {
    const file = freshFile(); // in a fresh temporary folder; the fixture catalogue lies outside it
    const { prompter, outcome } = await run(file, [...fullWalk], { catalogue: miniCatalogue });
    expect(outcome).toEqual({ progress: { answered: 3 + E + D + 3, total: 3 + E + D + 3 } });
    const copy = path.join(path.dirname(file), 'custom-valid.yaml');
    expect(readFileSync(copy)).toEqual(readFileSync(miniCatalogue));
    expect(readFileSync(file, 'utf8')).toMatch(/^catalogue: \.\/custom-valid\.yaml(\s|$)/m);
    expect(prompter.transcript.join('\n')).toContain(`指标体系文件 ${miniCatalogue} 在自评文件所在文件夹之外，已复制到 ${copy}`);
    const loaded = await loadAssessment(file);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    expect(scoreAssessment(loaded.value).score.toNumber()).toBeCloseTo(93.25, 10);
  });

  it('uses an identical copy already beside the file, and never overwrites a different file of that name', async () => {
    const same = freshFile();
    catalogueBeside(same);
    const { prompter } = await run(same, fullWalk.slice(0, 1), { catalogue: miniCatalogue });
    expect(prompter.transcript.join('\n')).toContain('自评文件引用其旁边内容相同的副本');
    expect(readFileSync(same, 'utf8')).toMatch(/^catalogue: \.\/custom-valid\.yaml(\s|$)/m);

    const other = freshFile();
    const inTheWay = path.join(path.dirname(other), 'custom-valid.yaml');
    writeFileSync(inTheWay, '# 另一份文件\n');
    const { outcome } = await run(other, fullWalk.slice(0, 1), { catalogue: miniCatalogue });
    expect((outcome as { cause: UserError }).cause.diagnostics[0]).toMatchObject({ code: 'CATALOGUE_COPY_IN_THE_WAY', params: { copy: inTheWay } });
    expect(readFileSync(inTheWay, 'utf8')).toBe('# 另一份文件\n');
    expect(existsSync(other)).toBe(false);
  });

  it('copies a catalogue typed at the "own catalogue" question the same way', async () => {
    const file = freshFile();
    const prompter = new ScriptedPrompter([pick('custom'), type(miniCatalogue), type('测试电器有限公司')]);
    await runQuestionnaire({ file, prompter, lang: 'zh', colorLevel: 0, today: '2026-11-27' }).catch(() => undefined);
    expect(readFileSync(file, 'utf8')).toMatch(/^catalogue: \.\/custom-valid\.yaml(\s|$)/m);
    expect(existsSync(path.join(path.dirname(file), 'custom-valid.yaml'))).toBe(true);
  });
});

describe('the questionnaire saving the result as JSON', () => {
  it('follows the report rule: an earlier result is replaced, another file (an assessment) is not', async () => {
    const file = freshFile();
    const dir = path.dirname(file);
    const other = path.join(dir, '另一家.yaml');
    writeFileSync(other, 'format: gbt27922-assessment/1\ncatalogue: seller\n');
    const earlier = path.join(dir, 'result.json');
    writeFileSync(earlier, '{\n  "schemaVersion": 1,\n  "score": 1\n}\n');
    const steps = [...fullWalk.slice(0, -1), pick('json'), type(other), pick('json'), type(file), pick('json'), type(earlier), pick('done')];
    const { prompter, outcome } = await run(file, steps);
    expect(outcome).toEqual({ progress: { answered: 3 + E + D + 3, total: 3 + E + D + 3 } });
    const transcript = prompter.transcript.join('\n');
    expect(transcript).toContain('OUTPUT_EXISTS');
    expect(transcript).toContain('REPORT_OVERWRITES_INPUT');
    expect(readFileSync(other, 'utf8')).toBe('format: gbt27922-assessment/1\ncatalogue: seller\n');
    expect(JSON.parse(readFileSync(earlier, 'utf8')).company.name).toBe('测试电器有限公司');
  });
});
