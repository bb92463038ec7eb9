import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadApplicationRequirements } from '../../src/certification/load-application.js';
import { Cancelled } from '../../src/questionnaire/prompter.js';
import { runQuestionnaire } from '../../src/questionnaire/run-questionnaire.js';
import { catalogueBeside } from '../helpers/mini-catalogue.js';
import { pick, ScriptedPrompter, type, type Step } from '../helpers/scripted-prompter.js';

const profile = [type('测试电器有限公司'), type('58'), pick(false)];
// Every eligibility condition and document of indicators/application.yaml: no profile named, so all are asked.
const application = await loadApplicationRequirements();
const E = application.eligibility.length;
const D = application.documents.length;
const eligibilityAllYes = Array.from({ length: E }, () => pick(true));
const documentsAllReady = Array.from({ length: D }, () => pick('ready'));

function freshFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-kept-')), '自评.yaml');
}

/** Runs the script; when it runs out, the prompter behaves like Ctrl-C at the next prompt. */
async function interrupted(file: string, steps: Step[], options: { catalogue?: boolean } = { catalogue: true }) {
  const prompter = new ScriptedPrompter(steps);
  const cause = await runQuestionnaire({
    file,
    prompter,
    lang: 'zh',
    colorLevel: 0,
    today: '2026-11-27',
    ...(options.catalogue ? { catalogueOverride: catalogueBeside(file) } : {}),
  }).then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(cause).toBeInstanceOf(Cancelled);
  return { prompter, progress: (cause as Cancelled).progress };
}

const saved = (file: string) => parse(readFileSync(file, 'utf8')) as { company: { name: string }; answers: Record<string, unknown>; documents: Record<string, unknown> };

describe('every answer is on disk before the next prompt', () => {
  it('when Ctrl-C comes at the note after "not met", then "not met" is saved and counted', async () => {
    const file = freshFile();
    const { prompter, progress } = await interrupted(file, [...profile, ...eligibilityAllYes, ...documentsAllReady, pick('unmet')]);
    expect(prompter.transcript.at(-1)).toMatch(/^\^C at 差距说明（/); // a gap: its note is asked in the quick walk too
    expect(saved(file).answers['culture.philosophy']).toBe('unmet');
    expect(progress).toEqual({ answered: 3 + E + D + 1, total: 3 + E + D + 3 });
  });

  it('when Ctrl-C comes at the evidence files, then the answer and its note are saved', async () => {
    const file = freshFile();
    await interrupted(file, [...profile, ...eligibilityAllYes, ...documentsAllReady, pick('met+note'), type('已发布')]);
    expect(saved(file).answers['culture.philosophy']).toEqual({ result: 'met', note: '已发布' });
  });

  it('when Ctrl-C comes at the note of a document marked not applicable, then "not applicable" is saved', async () => {
    const file = freshFile();
    await interrupted(file, [...profile, ...eligibilityAllYes, pick('na')]);
    expect(saved(file).documents['business-license']).toBe('na');
  });

  it('when Ctrl-C comes right after the company name, then the name is saved and counted', async () => {
    const file = freshFile();
    const { progress } = await interrupted(file, [profile[0]!]);
    expect(saved(file).company.name).toBe('测试电器有限公司');
    expect(progress).toMatchObject({ answered: 1 }); // the name: the template presumes no answer to "first certification"
  });

  it('when the type is chosen, then the file exists before the company name is asked, and the name typed is kept', async () => {
    const file = freshFile();
    const { prompter, progress } = await interrupted(file, [pick('producer'), pick('clauses'), type('测试电器有限公司')], { catalogue: false });
    expect(prompter.asked.slice(0, 3)).toEqual(['企业类型：', '按哪种结构自评：', '企业全称：']);
    expect(saved(file).company.name).toBe('测试电器有限公司');
    expect(progress).toMatchObject({ answered: 1 }); // the name: the template presumes no answer to "first certification"
  });

  it('when Ctrl-C comes before the type is chosen, then it says no file was written instead of "0/0 saved"', async () => {
    const file = freshFile();
    const { progress } = await interrupted(file, [], { catalogue: false });
    expect(progress).toEqual({ answered: 0, total: 0, fileWritten: false });
    expect(existsSync(file)).toBe(false);
  });

  it('when a file whose name is still empty is opened again, then the walk resumes at the name', async () => {
    const file = freshFile();
    await interrupted(file, [pick('producer'), pick('clauses')], { catalogue: false });
    const { prompter } = await interrupted(file, [pick(0), type('测试电器有限公司')], { catalogue: false });
    expect(prompter.asked).toContain('企业全称：');
    expect(saved(file).company.name).toBe('测试电器有限公司');
  });
});
