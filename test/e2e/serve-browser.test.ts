import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAssessment } from '../../src/assessment/load-assessment.js';
import { builtInCataloguePath, loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { loadApplicationRequirements } from '../../src/certification/load-application.js';
import type { IndicatorEntry } from '../../src/model/catalogue.js';
import { acquireLock } from '../../src/questionnaire/file-lock.js';
import { Cancelled } from '../../src/questionnaire/prompter.js';
import { runQuestionnaire } from '../../src/questionnaire/run-questionnaire.js';
import { formatScore } from '../../src/report/format.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { pick, ScriptedPrompter, type, type Step } from '../helpers/scripted-prompter.js';
import { type ServeProcess, startServe } from '../helpers/serve-process.js';

/**
 * gbt27922 serve in a real browser: the system's Chromium (Debian's package, which .ci/run installs)
 * driven by playwright-core. Without a Chromium on this machine the whole file is skipped, and says so.
 */
const chromiumPath = [process.env.GBT27922_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((candidate) => candidate && existsSync(candidate));
if (!chromiumPath) console.warn('serve-browser.test.ts skipped: no Chromium here (install Debian’s chromium, as .ci/run does, or set GBT27922_CHROMIUM)');

const catalogue = await loadCatalogue(builtInCataloguePath('producer-clauses')).then((loaded) => {
  if (!loaded.ok) throw new Error('catalogue');
  return loaded.value;
});
const requirements = await loadApplicationRequirements();
const safeId = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '_');

type Planned =
  | { kind: 'met' }
  | { kind: 'unmet'; note: string }
  | { kind: 'samples'; conforming: number; total: number }
  | { kind: 'na'; reason: string }
  | { kind: 'counts'; managers: number; certified: number };

/** Every kind of answer, spread over the catalogue. */
function planned(indicator: IndicatorEntry, index: number): Planned {
  if (indicator.counts) return { kind: 'counts', managers: 10, certified: 1 };
  if (index % 4 === 1) return { kind: 'unmet', note: `差距说明 ${index}` };
  if (index % 4 === 2 && indicator.sampled) return { kind: 'samples', conforming: 7, total: 10 };
  if (index % 4 === 3 && indicator.naAllowed) return { kind: 'na', reason: `本公司不涉及 ${index}` };
  return { kind: 'met' };
}
const plan = catalogue.indicatorList.map((indicator, index) => ({ indicator, answer: planned(indicator, index) }));

function newAssessment(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-browser-'));
  const file = path.join(dir, '自评.yaml');
  const made = runCli(['init', '--type', 'producer', '-o', file, '--company', '测试电器有限公司']);
  if (made.status !== 0) throw new Error(made.stderr);
  return file;
}

let browser: Browser;
const servers: ServeProcess[] = [];
async function serve(file: string, env: Record<string, string> = {}): Promise<ServeProcess> {
  const server = await startServe(file, [], env);
  servers.push(server);
  return server;
}

async function open(server: ServeProcess, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  await page.goto(server.url);
  await page.waitForSelector('#score');
  return page;
}

/** Answers as a person does: clicks and typing; a text field is saved when it loses focus. */
async function answerEverything(page: Page): Promise<void> {
  await page.fill('#company-employees', '120');
  await page.press('#company-employees', 'Tab');
  await page.check('#company-first-yes');
  for (const condition of requirements.eligibility) await page.check(`#elig-${safeId(condition.id)}-r-yes`);
  for (const document of requirements.documents) await page.check(`#doc-${safeId(document.id)}-r-ready`);
  for (const { indicator, answer } of plan) {
    const id = `#ind-${safeId(indicator.id)}`;
    await page.check(`${id}-r-${answer.kind}`);
    if (answer.kind === 'unmet') {
      await page.fill(`${id}-note`, answer.note);
      await page.press(`${id}-note`, 'Tab');
    } else if (answer.kind === 'samples') {
      await page.fill(`${id}-conforming`, String(answer.conforming));
      await page.fill(`${id}-total`, String(answer.total));
      await page.press(`${id}-total`, 'Tab');
    } else if (answer.kind === 'na') {
      await page.fill(`${id}-reason`, answer.reason);
      await page.press(`${id}-reason`, 'Tab');
    } else if (answer.kind === 'counts') {
      await page.fill(`${id}-managers`, String(answer.managers));
      await page.fill(`${id}-certified`, String(answer.certified));
      await page.press(`${id}-certified`, 'Tab');
    }
  }
}

/** The same answers given to the terminal questionnaire, through its Prompter seam. */
function terminalSteps(): Step[] {
  const steps: Step[] = [
    pick('producer'),
    pick('clauses'),
    type('测试电器有限公司'),
    type('120'),
    pick(true),
    ...requirements.eligibility.map(() => pick(true)),
    ...requirements.documents.map(() => pick('ready')),
  ];
  for (const { answer } of plan) {
    if (answer.kind === 'met') steps.push(pick('met'));
    if (answer.kind === 'unmet') steps.push(pick('unmet'), type(answer.note), type(''));
    if (answer.kind === 'samples') steps.push(pick('samples'), type(`${answer.conforming}/${answer.total}`), type(''), type(''));
    if (answer.kind === 'na') steps.push(pick('na'), type(answer.reason));
    if (answer.kind === 'counts') steps.push(pick('counts'), type(String(answer.managers)), type(String(answer.certified)));
  }
  steps.push(type(''), type('')); // no special deduction, no bonus; then the script ends, as Ctrl-C would
  return steps;
}

/** axe-core's WCAG 2.1 A/AA and best-practice violations of the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
}

async function fileAnswers(file: string): Promise<number> {
  const loaded = await loadAssessment(file);
  return loaded.ok ? loaded.value.assessment.answers.size : -1;
}

// A browser on a loaded 2-core machine is slow: each test gets two minutes.
describe.skipIf(!chromiumPath)('gbt27922 serve in Chromium', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: chromiumPath!,
      // As root in CI: no sandbox; no background connections to a network this machine does not have.
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);
  afterAll(async () => {
    await Promise.all(servers.splice(0).map((server) => server.stop()));
    await browser?.close();
  });

  it('when a whole producer assessment is started and answered in the page then reload, a restarted server and the terminal questionnaire all agree with the file', async () => {
    // A new user: no file yet, one command, then only the page.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-browser-')), '自评.yaml');
    const server = await serve(file, { GBT27922_TODAY: '2026-12-01' });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
    await page.check('#start-type-producer');
    await page.fill('#start-company', '测试电器有限公司');
    await page.click('#start');
    await page.waitForSelector('#score');
    await answerEverything(page);
    await expect.poll(() => fileAnswers(file), { timeout: 20_000 }).toBe(plan.length);
    await expect.poll(() => page.textContent('#answered'), { timeout: 10_000 }).toContain(`${plan.length}/${plan.length}`);

    // The page shows the real scorer's result, the one `score` prints.
    const scored = JSON.parse(runCli(['score', file, '--format', 'json']).stdout) as { score: number };
    expect(await page.textContent('#score')).toBe((Math.floor(scored.score * 10) / 10).toFixed(1));

    // Reload: every answer is read back from the file.
    await page.reload();
    await page.waitForSelector('#score');
    const checkAll = async (shown: Page) => {
      expect(await shown.inputValue('#company-employees')).toBe('120');
      for (const { indicator, answer } of plan) {
        const id = `#ind-${safeId(indicator.id)}`;
        expect(await shown.isChecked(`${id}-r-${answer.kind}`), indicator.id).toBe(true);
        if (answer.kind === 'unmet') expect(await shown.inputValue(`${id}-note`)).toBe(answer.note);
        if (answer.kind === 'na') expect(await shown.inputValue(`${id}-reason`)).toBe(answer.reason);
        if (answer.kind === 'samples') expect(await shown.inputValue(`${id}-conforming`)).toBe('7');
      }
    };
    await checkAll(page);

    // Interrupted (Ctrl-C) and started again: nothing lost, the lock released and taken again.
    expect(await server.stop('SIGINT')).toBe(0);
    expect(existsSync(`${file}.lock`)).toBe(false);
    const again = await serve(file);
    const resumed = await open(again);
    await checkAll(resumed);
    await resumed.close();
    await page.close();

    // The same answers in the terminal questionnaire, also from no file, give the same file, byte for byte.
    const terminalFile = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-terminal-')), '自评.yaml');
    const prompter = new ScriptedPrompter(terminalSteps());
    await runQuestionnaire({ file: terminalFile, prompter, lang: 'zh', colorLevel: 0, today: '2026-12-01' }).catch((cause: unknown) => {
      if (!(cause instanceof Cancelled)) throw cause;
    });
    expect(prompter.remaining).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(terminalFile, 'utf8'));
    expect(runCli(['score', terminalFile, '--format', 'json']).stdout.replace(terminalFile, 'F')).toBe(runCli(['score', file, '--format', 'json']).stdout.replace(file, 'F'));
  }, 120_000);

  it('when a second editor opens the same file then its page is read-only and says who holds it, until the first stops', async () => {
    const file = newAssessment();
    const first = await serve(file);
    const second = await serve(file);
    const page = await open(second);
    expect(await page.isVisible('#alert')).toBe(true);
    expect(await page.textContent('#alert')).toContain('FILE_LOCKED');
    expect(await page.isDisabled('#company-employees')).toBe(true);
    await first.stop();
    await expect.poll(() => page.isDisabled('#company-employees'), { timeout: 10_000 }).toBe(false);
    await page.check('#company-first-no');
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 10_000 }).toContain('firstCertification: false');
    await page.close();
  });

  it('when the file is changed outside the page then the page shows the new content and says so', async () => {
    const file = newAssessment();
    const server = await serve(file);
    const page = await open(server);
    const id = `#ind-${safeId(plan[0]!.indicator.id)}`;
    expect(await page.isChecked(`${id}-r-none`)).toBe(true);
    writeFileSync(file, readFileSync(file, 'utf8').replace(`  ${plan[0]!.indicator.id}:`, `  ${plan[0]!.indicator.id}: unmet`));
    await expect.poll(() => page.isChecked(`${id}-r-unmet`), { timeout: 10_000 }).toBe(true);
    expect(await page.textContent('#alert')).toContain('页面之外');
    await page.close();
  });

  it('when a second tab of the page saves then the first shows it, keeps what is being typed there, and a field changed on both sides is shown with a choice', async () => {
    const file = newAssessment();
    const server = await serve(file);
    const [a, b] = [await open(server), await open(server, 390)];
    const [one, two, three] = [plan[0]!.indicator.id, plan[1]!.indicator.id, plan[2]!.indicator.id].map((id) => `#ind-${safeId(id)}`);
    // A saves; B, untouched, shows it and says the file changed elsewhere.
    await a.check(`${one}-r-unmet`);
    await expect.poll(() => b.isChecked(`${one}-r-unmet`), { timeout: 10_000 }).toBe(true);
    expect(await b.textContent('#alert')).toContain('页面之外');

    // B is typing a plan owner (not yet saved) while A saves another answer and the same owner field.
    await b.evaluate((id) => ((document.getElementById(`${id.slice(1)}-plan`) as HTMLDetailsElement).open = true), two);
    await b.fill(`${two}-plan-owner`, '王工');
    await a.check(`${two}-r-met`);
    await a.evaluate((id) => ((document.getElementById(`${id.slice(1)}-plan`) as HTMLDetailsElement).open = true), two);
    await a.fill(`${two}-plan-owner`, '李工');
    await a.press(`${two}-plan-owner`, 'Tab');
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 10_000 }).toContain('owner: 李工');
    // B: the answer nobody edits there is updated; its own typing is kept, and the conflict is shown beside it.
    await expect.poll(() => b.isChecked(`${two}-r-met`), { timeout: 10_000 }).toBe(true);
    const conflict = `#conflict-plan_${safeId(plan[1]!.indicator.id)}_owner`;
    await b.waitForSelector(conflict);
    expect(await b.inputValue(`${two}-plan-owner`)).toBe('王工');
    expect(await b.textContent(`${conflict} .theirs`)).toBe('李工');
    expect(await b.textContent('#alert')).toContain('别处也被修改');
    expect(await axeViolations(b), 'axe with a conflict shown at 390px').toEqual([]);
    // B keeps its own: saved against the new file, so A's answer stays; A then shows B's owner.
    await b.click(`${conflict} .keep`);
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 10_000 }).toContain('owner: 王工');
    expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`^  ${plan[1]!.indicator.id.replace('.', '\\.')}: met$`, 'm'));
    // The file is written before B hears back: wait for B's answer, not for the file alone.
    await expect.poll(() => b.isVisible(conflict), { timeout: 10_000 }).toBe(false);
    await expect.poll(() => a.inputValue(`${two}-plan-owner`), { timeout: 10_000 }).toBe('王工');

    // Taking the file's side instead: B's typing is dropped, the file is not written.
    await b.evaluate((id) => ((document.getElementById(`${id.slice(1)}-plan`) as HTMLDetailsElement).open = true), three);
    await b.fill(`${three}-plan-action`, '我的措施');
    await a.evaluate((id) => ((document.getElementById(`${id.slice(1)}-plan`) as HTMLDetailsElement).open = true), three);
    await a.fill(`${three}-plan-action`, '别人的措施');
    await a.press(`${three}-plan-action`, 'Tab');
    const other = `#conflict-plan_${safeId(plan[2]!.indicator.id)}_action`;
    await b.waitForSelector(other);
    // Leaving the field while both sides are shown saves nothing: only a choice does.
    await b.press(`${three}-plan-action`, 'Tab');
    await b.click(`${other} .take`);
    expect(await b.inputValue(`${three}-plan-action`)).toBe('别人的措施');
    // B's next save (its saves go one after another) lands with the other's action kept.
    await b.check(`${three}-r-unmet`);
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 10_000 }).toMatch(new RegExp(`^  ${plan[2]!.indicator.id.replace('.', '\\.')}: unmet$`, 'm'));
    expect(readFileSync(file, 'utf8')).toContain('action: 别人的措施');
    expect(readFileSync(file, 'utf8')).not.toContain('我的措施');
    await Promise.all([a.close(), b.close()]);
  });

  it('when a page that missed the news saves against an older file then nothing is overwritten: an untouched field is saved on top, a field changed on both sides waits for a choice', async () => {
    const file = newAssessment();
    const server = await serve(file);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // No events reach this page (as behind a proxy that holds them back): it learns only from the refused save.
    await page.route('**/api/events', (route) => route.abort());
    await page.goto(server.url);
    await page.waitForSelector('#score');
    const [one, two] = [plan[0]!.indicator.id, plan[4]!.indicator.id];
    // The file changes elsewhere (an editor): one answer.
    writeFileSync(file, readFileSync(file, 'utf8').replace(`  ${one}:\n`, `  ${one}: unmet\n`));
    // The page, still on the old file, answers another: refused as stale, then made again on the new file.
    await page.check(`#ind-${safeId(two)}-r-met`);
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 10_000 }).toMatch(new RegExp(`^  ${two.replace('.', '\\.')}: met$`, 'm'));
    expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`^  ${one.replace('.', '\\.')}: unmet$`, 'm'));
    expect(await page.isChecked(`#ind-${safeId(one)}-r-unmet`)).toBe(true);

    // Now the same answer changed on both sides: met → unmet in the file, a note added in the page (still behind).
    writeFileSync(file, readFileSync(file, 'utf8').replace(`  ${two}: met\n`, `  ${two}: unmet\n`));
    const before = readFileSync(file, 'utf8');
    await page.fill(`#ind-${safeId(two)}-note`, '页面上的说明');
    await page.press(`#ind-${safeId(two)}-note`, 'Tab');
    const conflict = `#conflict-ans_${safeId(two)}`;
    await page.waitForSelector(conflict);
    expect(await page.textContent(`${conflict} .theirs`)).toBe('不符合');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(await page.inputValue(`#ind-${safeId(two)}-note`)).toBe('页面上的说明');
    await page.click(`${conflict} .keep`);
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 10_000 }).toContain('note: 页面上的说明');
    await page.close();
  });

  it('when the questionnaire holds the file, and then `import` writes it, the open page follows each save', async () => {
    const file = newAssessment();
    // The terminal questionnaire (`gbt27922 assess`) holds the lock: the page is read-only and follows its saves.
    const release = acquireLock(file);
    const server = await serve(file);
    const page = await open(server);
    expect(await page.isDisabled(`#ind-${safeId(plan[0]!.indicator.id)}-r-met`)).toBe(true);
    const steps: Step[] = [
      pick(1),
      type('120'),
      pick(true),
      ...requirements.eligibility.map(() => pick(true)),
      ...requirements.documents.map(() => pick('ready')),
      pick('unmet'),
      type('问卷里的说明'),
      type(''),
    ];
    await runQuestionnaire({ file, prompter: new ScriptedPrompter(steps), lang: 'zh', colorLevel: 0, today: '2026-12-01' }).catch((cause: unknown) => {
      if (!(cause instanceof Cancelled)) throw cause;
    });
    const first = `#ind-${safeId(plan[0]!.indicator.id)}`;
    await expect.poll(() => page.isChecked(`${first}-r-unmet`), { timeout: 10_000 }).toBe(true);
    expect(await page.inputValue(`${first}-note`)).toBe('问卷里的说明');
    expect(await page.inputValue('#company-employees')).toBe('120');
    release();
    await expect.poll(() => page.isDisabled(`${first}-r-met`), { timeout: 10_000 }).toBe(false);

    // A workbook filled elsewhere and imported while the page is open.
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-import-'));
    const other = path.join(dir, 'b.yaml');
    const second = plan[1]!.indicator.id;
    writeFileSync(other, readFileSync(file, 'utf8').replace(`  ${second}:\n`, `  ${second}: met\n`));
    expect(runCli(['export', other, '-o', path.join(dir, 'b.xlsx')]).status).toBe(0);
    expect(runCli(['import', path.join(dir, 'b.xlsx'), '-o', file]).status).toBe(0);
    await expect.poll(() => page.isChecked(`#ind-${safeId(second)}-r-met`), { timeout: 10_000 }).toBe(true);
    await page.close();
  });

  it('when answers and documents name evidence then each path shows its state beside them, in the words and codes of validate', async () => {
    const file = newAssessment();
    const dir = path.dirname(file);
    const [one, two, three] = [plan[0]!.indicator.id, plan[1]!.indicator.id, plan[2]!.indicator.id];
    mkdirSync(path.join(dir, '证据'));
    writeFileSync(path.join(dir, '证据', '承诺.pdf'), 'v1');
    writeFileSync(path.join(dir, '证据', '组织.pdf'), 'v1');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(`  ${one}:\n`, `  ${one}: { result: met, evidence: [证据/承诺.pdf, 证据/没有.pdf] }\n`)
        .replace(`  ${two}:\n`, `  ${two}: { result: met, evidence: [证据/组织.pdf, ../外面.pdf] }\n`)
        .replace(/^  application-form:.*$/m, '  application-form: { status: ready, files: [证据/申请书.pdf] }'),
    );
    expect(runCli(['evidence', file, '--record']).status).toBe(0);
    writeFileSync(path.join(dir, '证据', '组织.pdf'), 'v2'); // changed since recorded
    writeFileSync(path.join(dir, '证据', '新的.pdf'), 'v1');
    writeFileSync(file, readFileSync(file, 'utf8').replace(`  ${three}:\n`, `  ${three}: { result: met, evidence: [证据/新的.pdf] }\n`));
    const codes = new Set(
      runCli(['validate', file, '--strict-evidence'])
        .stderr.concat(runCli(['validate', file, '--strict-evidence']).stdout)
        .match(/EVIDENCE_[A-Z_]+/g),
    );
    const server = await serve(file);
    const page = await open(server);
    const list = async (id: string) => (await page.locator(`#ind-${safeId(id)}-evid li`).allTextContents()).map((line) => line.replace(/^[✗✓·] /, ''));
    expect(await list(one)).toEqual(['证据/承诺.pdf（与记录一致）', '证据/没有.pdf（缺失）EVIDENCE_MISSING']);
    expect(await list(three)).toEqual(['证据/新的.pdf（未记录）EVIDENCE_NOT_RECORDED']);
    expect(await list(two)).toEqual(['证据/组织.pdf（记录后已修改）EVIDENCE_CHANGED', '../外面.pdf（在文件夹之外）EVIDENCE_OUTSIDE']);
    expect(await page.locator('#doc-application-form-evid li').allTextContents()).toEqual(['✗ 证据/申请书.pdf（缺失）EVIDENCE_MISSING']);
    for (const code of ['EVIDENCE_MISSING', 'EVIDENCE_CHANGED', 'EVIDENCE_OUTSIDE', 'EVIDENCE_NOT_RECORDED']) expect(codes, code).toContain(code);
    expect(await axeViolations(page), 'axe with evidence states shown').toEqual([]);
    // The summary line is the one `score` prints.
    expect(runCli(['score', file], { env: { COLUMNS: '300' } }).stdout).toContain(await page.textContent('#evidence-summary'));
    // The missing file put in place: the page says so at its next state, with no change to the assessment.
    writeFileSync(path.join(dir, '证据', '没有.pdf'), 'now here');
    const untouched = plan.find((entry, index) => index > 2 && !entry.indicator.counts)!.indicator.id;
    await page.check(`#ind-${safeId(untouched)}-r-met`);
    await expect.poll(() => list(one), { timeout: 10_000 }).toContain('证据/没有.pdf（未记录）EVIDENCE_NOT_RECORDED');
    await page.close();
  });

  it('when the path to the next level is shown then its sentence reads as a sentence and only its gaps as a list', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-browser-')), '自评.yaml');
    copyFileSync(path.join(repoRoot, 'examples', 'producer-4star.yaml'), file);
    const server = await serve(file);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
    await page.waitForSelector('#result li');
    // The example's path, as `score` prints it: one sentence, then the one gap.
    expect(await page.locator('#result p', { hasText: '补齐以下 1 项差距' }).count()).toBe(1);
    expect(await page.locator('#result li', { hasText: '补齐以下' }).count()).toBe(0);
    expect(await page.locator('#result li', { hasText: 'organisation.training' }).textContent()).toContain('+1.0');
    await page.close();
  });

  it('when the report and the workbook are asked for then a PDF and an xlsx are downloaded, made by the same code as `report` and `export`', async () => {
    const file = newAssessment();
    const server = await serve(file);
    const page = await open(server);
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.click('a[href^="/download/report.pdf"]')]);
    expect(pdf.suggestedFilename()).toBe('自评.report.pdf');
    expect(
      readFileSync((await pdf.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('a[href^="/download/assessment.xlsx"]')]);
    expect(
      readFileSync((await xlsx.path())!)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    await page.close();
  });

  it('when the page is opened without the token, or another local site posts to it, then nothing is shown or changed', async () => {
    const file = newAssessment();
    const server = await serve(file);
    const stranger = await browser.newPage();
    await stranger.goto(`http://127.0.0.1:${server.port}/`);
    expect(await stranger.textContent('body')).toContain('SERVE_TOKEN_REFUSED');
    // A page of another local server (same site, other port): even with the cookie in this browser, its posts are refused by Origin.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('#score');
    const evil = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html');
      response.end(
        `<script>fetch('http://127.0.0.1:${server.port}/api/change', { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ change: { kind: 'company', field: 'name', value: 'HACKED' } }) }).finally(() => (document.title = 'sent'));</script>`,
      );
    });
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
    const before = readFileSync(file, 'utf8');
    const attacker = await context.newPage();
    await attacker.goto(`http://127.0.0.1:${(evil.address() as AddressInfo).port}/`);
    await expect.poll(() => attacker.title(), { timeout: 10_000 }).toBe('sent');
    expect(readFileSync(file, 'utf8')).toBe(before);
    evil.close();
    await Promise.all([stranger.close(), context.close()]);
  });

  it('when checked by axe-core at a laptop’s and a phone’s width then it has no violations', async () => {
    const file = newAssessment();
    const server = await serve(file);
    for (const width of [1280, 390]) {
      const page = await open(server, width);
      await page.check(`#ind-${safeId(plan[1]!.indicator.id)}-r-unmet`); // an answered card, its badge and path shown too
      expect(await axeViolations(page), `axe at ${width}px`).toEqual([]);
      await page.close();
    }
  });

  it('when an indicator that is not met is answered by keyboard only then the page and the file both say met', async () => {
    // The first indicator already met in the file: a test that only looked at it would pass without a key pressed.
    const file = newAssessment();
    const first = catalogue.indicatorList[0]!.id;
    writeFileSync(file, readFileSync(file, 'utf8').replace(`  ${first}:\n`, `  ${first}: met\n`));
    const loaded = await loadAssessment(file);
    if (!loaded.ok) throw new Error('fixture');
    const scored = scoreAssessment(loaded.value);
    expect(scored.indicators.find((indicator) => indicator.id === first)?.state).toBe('met');
    // The first one in the page's order that the scorer does not count as met.
    const target = catalogue.indicatorList.find((indicator) => scored.indicators.find((entry) => entry.id === indicator.id)?.state !== 'met')!;
    const answerLine = new RegExp(`^  ${target.id.replace('.', '\\.')}: met$`, 'm');
    expect(readFileSync(file, 'utf8')).not.toMatch(answerLine);

    const server = await serve(file);
    const page = await open(server);
    const card = `#ind-${safeId(target.id)}`;
    expect(await page.isChecked(`${card}-r-met`)).toBe(false);
    const badgeBefore = await page.textContent(`${card}-badge`);
    // Keyboard only: the skip link, then Tab (one stop per radio group) to that indicator's answers.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skip');
    await page.keyboard.press('Enter');
    const focusedName = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');
    for (let presses = 0; presses < 400 && (await focusedName()) !== `ind-${safeId(target.id)}-r`; presses++) await page.keyboard.press('Tab');
    expect(await focusedName()).toBe(`ind-${safeId(target.id)}-r`);
    // Arrow keys move the choice round the group (wrapping), from whichever radio has the focus: the
    // checked one (未作答 once the file's values are filled in) or the first. Go round until 符合 is chosen.
    const focusedValue = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? '');
    for (let presses = 0; presses < 8 && (await focusedValue()) !== 'met'; presses++) await page.keyboard.press('ArrowRight');
    expect(await focusedValue()).toBe('met');
    const focusedChecked = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.checked === true);
    if (!(await focusedChecked())) await page.keyboard.press('Space'); // focus alone does not choose it
    expect(await page.isChecked(`${card}-r-met`)).toBe(true);
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 10_000 }).toMatch(answerLine);
    // The badge shows the points the scorer now gives it, read from the file as saved.
    const after = await loadAssessment(file);
    if (!after.ok) throw new Error('saved file');
    const earned = `${formatScore(scoreAssessment(after.value).indicators.find((indicator) => indicator.id === target.id)!.earnedPoints)} 分`;
    await expect.poll(() => page.textContent(`${card}-badge`), { timeout: 10_000 }).toBe(earned);
    expect(badgeBefore).not.toBe(earned);
    await page.close();
  });
});
