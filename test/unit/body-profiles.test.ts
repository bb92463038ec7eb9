import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadAssessment } from '../../src/assessment/load-assessment.js';
import { applyProfile } from '../../src/certification/apply-profile.js';
import { loadApplicationRequirements } from '../../src/certification/load-application.js';
import { BUILT_IN_PROFILES, loadProfile, requirementsForProfile, resolveProfileReference } from '../../src/certification/load-profile.js';
import type { BodyProfile } from '../../src/model/application.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import { repoRoot } from '../helpers/run-cli.js';

const requirements = await loadApplicationRequirements();
const fixtures = path.join(repoRoot, 'test', 'fixtures', 'profiles');
const example = path.join(repoRoot, 'examples', 'producer-fails-deductions.yaml');

/** An example assessment, copied beside the profile fixtures, with `profile:` set (or removed). */
function assessmentWith(profileLine: string | null): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-profile-'));
  for (const name of ['my-body.yaml', 'invalid-PROFILE_UNKNOWN_DOCUMENT.yaml']) copyFileSync(path.join(fixtures, name), path.join(dir, name));
  const file = path.join(dir, 'a.yaml');
  const text = readFileSync(example, 'utf8').replace(/^profile:.*\n/m, '');
  writeFileSync(file, profileLine === null ? text : text.replace(/^(assessedOn: .*\n)/m, `$1${profileLine}\n`));
  return file;
}

describe('the shipped body profiles', () => {
  it.each(BUILT_IN_PROFILES)('%s is an example that names its public sources and only known ids', async (name) => {
    const loaded = await loadProfile(resolveProfileReference(name, repoRoot), requirements);
    expect(loaded.ok).toBe(true);
    const profile = (loaded as { value: BodyProfile }).value;
    expect(profile.id).toBe(name);
    expect(profile.example).toBe(true);
    expect(profile.urls!.length).toBeGreaterThan(0);
    expect(profile.title.zh).toContain('示例');
    expect(profile.title.en).toContain('Example');
    expect(readFileSync(resolveProfileReference(name, repoRoot), 'utf8')).toMatch(/AN EXAMPLE, not a certification body's own statement and not an endorsement/);
  });

  it('when indicators/application.yaml no longer has a document a shipped profile names then the profile checked at build is refused with its place', async () => {
    const profile = ((await loadProfile(resolveProfileReference('example-6-months', repoRoot), requirements)) as { value: BodyProfile }).value;
    const dropped = profile.documents[1]!;
    const without = { ...requirements, documents: requirements.documents.filter((document) => document.id !== dropped) };
    const loaded = await loadProfile(resolveProfileReference('example-6-months', repoRoot), without);
    expect(loaded.ok).toBe(false);
    const problem = loaded.diagnostics.find((d) => d.code === 'PROFILE_UNKNOWN_DOCUMENT')!;
    expect(problem.params.id).toBe(dropped);
    // Found again in the YAML, so the person is shown the line that names it.
    expect(problem.position?.lineText).toContain(dropped);
  });

  it('differ where bodies differ: 3 or 6 months of operation, 1 or 3 years without a major incident', async () => {
    const [three, six] = await Promise.all(BUILT_IN_PROFILES.map(async (name) => parse(readFileSync(resolveProfileReference(name, repoRoot), 'utf8')) as BodyProfile));
    expect([three!.systemOperatingMonths, three!.majorIncidentWindowYears]).toEqual([3, 1]);
    expect([six!.systemOperatingMonths, six!.majorIncidentWindowYears]).toEqual([6, 3]);
    expect(three!.eligibility).not.toContain('dedicated-funds');
    expect(six!.eligibility).toContain('dedicated-funds');
    expect(six!.documents).toEqual(expect.arrayContaining(['site-list-map', 'service-flow-chart', 'service-commitments', 'resource-statement', 'relationship-proof']));
  });
});

describe('applyProfile', () => {
  it('when a profile is given then its conditions and documents come in its order, titled with its figures, ids unchanged', async () => {
    const own = (await loadProfile(path.join(fixtures, 'my-body.yaml'), requirements)) as { value: BodyProfile };
    const applied = applyProfile(requirements, own.value);
    expect(applied.eligibility.map((c) => c.id)).toEqual(['legal-entity', 'no-major-incidents', 'system-running-3-months', 'dedicated-funds']);
    expect(applied.documents.map((d) => d.id)).toEqual(['application-form', 'business-license', 'service-flow-chart']);
    const title = (id: string) => applied.eligibility.find((c) => c.id === id)!.title;
    expect(title('system-running-3-months')).toEqual({ zh: '售后服务体系已运行至少 6 个月', en: 'After-sales system running for at least 6 months' });
    expect(title('no-major-incidents').zh).toBe('近 1 年内未发生重大产品质量或售后服务事故');
    // Without a profile nothing changes: every condition and document, the generic titles.
    expect(applyProfile(requirements, null)).toBe(requirements);
  });

  it('requirementsForProfile gives the questionnaire and init the same list, and refuses a typo', async () => {
    const six = await requirementsForProfile('example-6-months', path.join(repoRoot, 'a.yaml'));
    expect(six.eligibility.find((c) => c.id === 'system-running-3-months')!.title.zh).toContain('6 个月');
    expect(six.documents[0]!.id).toBe('application-form');
    await expect(requirementsForProfile('example-6-month', path.join(repoRoot, 'a.yaml'))).rejects.toMatchObject({
      diagnostics: [{ code: 'PROFILE_UNKNOWN', params: { suggestion: 'example-6-months' } }],
    });
  });
});

describe('an assessment that names a profile', () => {
  it('when an old file names no profile then it still loads, and the items added since show as not confirmed', async () => {
    const loaded = await loadAssessment(assessmentWith(null));
    expect(loaded.ok).toBe(true);
    const result = scoreAssessment((loaded as Extract<typeof loaded, { ok: true }>).value);
    expect(result.profile).toBeNull();
    for (const id of ['application-form', 'site-list-map', 'service-flow-chart', 'service-commitments', 'resource-statement', 'relationship-proof']) {
      expect(result.documents.entries.find((entry) => entry.id === id)?.status).toBe('unanswered');
    }
    expect(result.eligibility.entries.find((entry) => entry.id === 'dedicated-funds')?.status).toBe('unanswered');
    expect(result.eligibility.failed).toEqual([]);
  });

  it('when it names its own profile then the eligibility and the document checklist follow it; answers it does not ask for are kept, not errors', async () => {
    const loaded = await loadAssessment(assessmentWith('profile: ./my-body.yaml'));
    expect(loaded.ok).toBe(true);
    const result = scoreAssessment((loaded as Extract<typeof loaded, { ok: true }>).value);
    expect(result.profile).toMatchObject({ reference: './my-body.yaml', id: 'my-body', example: false, systemOperatingMonths: 6, majorIncidentWindowYears: 1 });
    expect(result.documents.entries.map((entry) => entry.id)).toEqual(['application-form', 'business-license', 'service-flow-chart']);
    expect(result.eligibility.entries.map((entry) => entry.title.zh)).toContain('售后服务体系已运行至少 6 个月');
    expect(result.eligibility.entries).toHaveLength(4);
  });

  it.each([
    ['profile: exmple-6-months', 'PROFILE_UNKNOWN'],
    ['profile: ./missing.yaml', 'PROFILE_NOT_FOUND'],
    ['profile: ./a.yaml', 'PROFILE_NOT_A_PROFILE'],
    ['profile: ./invalid-PROFILE_UNKNOWN_DOCUMENT.yaml', 'PROFILE_INVALID'],
  ])('%s: %s at the profile line', async (line, code) => {
    const file = assessmentWith(line);
    const loaded = await loadAssessment(file);
    expect(loaded.ok).toBe(false);
    const first = loaded.diagnostics.find((d) => d.severity === 'error')!;
    expect(first.code).toBe(code);
    expect(first.file).toBe(file);
    const profileLine =
      readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((text) => text.startsWith('profile:')) + 1;
    expect(first.position?.line).toBe(profileLine);
  });
});

describe('a broken profile file', () => {
  it('names each unknown id and each repeat at its own line and column (PROFILE_UNKNOWN_DOCUMENT, PROFILE_DUPLICATE_ID)', async () => {
    const loaded = await loadProfile(path.join(fixtures, 'invalid-PROFILE_UNKNOWN_DOCUMENT.yaml'), requirements);
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics.map((d) => [d.code, d.position?.line, d.position?.column])).toEqual([
      ['PROFILE_UNKNOWN_DOCUMENT', 10, 5],
      ['PROFILE_DUPLICATE_ID', 11, 5],
    ]);
    expect(loaded.diagnostics[0]!.params.suggestion).toBe('service-flow-chart');
  });

  it('names an unknown eligibility condition (PROFILE_UNKNOWN_ELIGIBILITY) with a suggestion', async () => {
    const loaded = await loadProfile(path.join(fixtures, 'invalid-PROFILE_UNKNOWN_ELIGIBILITY.yaml'), requirements);
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['PROFILE_UNKNOWN_ELIGIBILITY']);
    expect(loaded.diagnostics[0]!.params.suggestion).toBe('dedicated-funds');
    expect(loaded.diagnostics[0]!.position?.line).toBe(8);
  });

  it('a months figure out of range is a schema error with its place', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-profile-'));
    const file = path.join(dir, 'p.yaml');
    writeFileSync(file, readFileSync(path.join(fixtures, 'my-body.yaml'), 'utf8').replace('systemOperatingMonths: 6', 'systemOperatingMonths: 0'));
    const loaded = await loadProfile(file, requirements);
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics[0]).toMatchObject({ code: 'SCHEMA_VALUE', position: { line: 7 } });
  });
});

describe('the questionnaire with a profile named in the file', () => {
  it('asks only the conditions and documents the profile asks, titled with its figures', async () => {
    const { runQuestionnaire } = await import('../../src/questionnaire/run-questionnaire.js');
    const { ScriptedPrompter, pick, type } = await import('../helpers/scripted-prompter.js');
    const { assessmentTemplate } = await import('../../src/assessment/assessment-template.js');
    const { loadCatalogue } = await import('../../src/catalogue/load-catalogue.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-profile-walk-'));
    copyFileSync(path.join(fixtures, 'my-body.yaml'), path.join(dir, 'my-body.yaml'));
    const file = path.join(dir, 'a.yaml');
    const miniCatalogue = path.join(repoRoot, 'test', 'fixtures', 'catalogues', 'custom-valid.yaml');
    const catalogue = await loadCatalogue(miniCatalogue);
    const own = await requirementsForProfile('./my-body.yaml', file);
    writeFileSync(
      file,
      await assessmentTemplate({
        catalogue: (catalogue as { value: never }).value,
        catalogueReference: miniCatalogue,
        requirements: own,
        lang: 'zh',
        outputFile: file,
        company: '某公司',
        today: '2026-11-27',
        profile: './my-body.yaml',
      }),
    );
    // Resume at the first unanswered question (employees), answer the profile part, then stop.
    const prompter = new ScriptedPrompter([pick(1), type('58'), pick(false), ...Array.from({ length: 4 }, () => pick(true)), ...Array.from({ length: 3 }, () => pick('ready'))]);
    await runQuestionnaire({ file, prompter, lang: 'zh', colorLevel: 0, today: '2026-11-27' }).catch(() => undefined);
    const said = prompter.transcript.join('\n');
    expect(said).toContain('申请条件 4/4');
    expect(said).toContain('售后服务体系已运行至少 6 个月');
    expect(said).toContain('近 1 年内未发生重大产品质量或售后服务事故');
    expect(said).toMatch(/3\/3.*服务提供流程图/);
    expect(said).not.toContain('满意度调查');
    const saved = parse(readFileSync(file, 'utf8'));
    expect(Object.keys(saved.documents)).toEqual(['application-form', 'business-license', 'service-flow-chart']);
    expect(saved.documents['service-flow-chart']).toBe('ready');
  });
});
