import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { builtInCataloguePath, loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { loadApplicationRequirements } from '../../src/certification/load-application.js';
import { repoRoot } from '../helpers/run-cli.js';
import { hasTmux, TmuxSession } from '../helpers/tmux.js';

const bin = path.join(repoRoot, 'bin', 'gbt27922.cjs');
let session: TmuxSession | undefined;
afterEach(() => session?.stop());

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function gone(pid: number, timeoutMs: number): Promise<number> {
  const start = Date.now();
  while (isRunning(pid)) {
    if (Date.now() - start > timeoutMs) throw new Error(`process ${pid} still running after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - start;
}

/** A questionnaire with the company name answered, waiting at the next prompt; returns its pid. */
async function waitingAtSecondQuestion(redirect = ''): Promise<{ file: string; pid: number; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-signal-'));
  const file = path.join(dir, 'assessment.yaml');
  session = TmuxSession.start(`node ${bin} assess -o ${file} --type producer --structure sbt10401 ${redirect.replace('DIR', dir)}`);
  await session.waitFor('? 企业全称');
  session.type('堃喆电器（苏州）有限公司');
  session.keys('Enter');
  await session.waitFor('? 员工人数');
  const pid = (JSON.parse(readFileSync(`${file}.lock`, 'utf8')) as { pid: number }).pid;
  return { file, pid, dir };
}

// A producer file with no profile: 3 company questions, every condition and document, every producer indicator.
const application = await loadApplicationRequirements();
const producer = await loadCatalogue(builtInCataloguePath('producer'));
if (!producer.ok) throw new Error('the producer catalogue does not load');
const questions = 3 + application.eligibility.length + application.documents.length + producer.value.indicatorList.length;

const savedName = (file: string) => (parse(readFileSync(file, 'utf8')) as { company: { name: string } }).company.name;

describe.skipIf(!hasTmux && !process.env.CI)('the questionnaire stopped by a signal (tmux)', () => {
  it('when sent SIGTERM, then it saves, releases the lock, restores the cursor, says so and exits 143 at once', async () => {
    const { file, pid } = await waitingAtSecondQuestion();
    session!.type('320');
    session!.keys('Enter');
    await session!.waitFor('? 是否首次申请认证');
    expect(session!.cursorVisible()).toBe(false); // a choice list hides it
    process.kill(pid, 'SIGTERM');
    expect(await gone(pid, 1500)).toBeLessThan(1500);
    const screen = await session!.waitFor('EXIT=');
    expect(screen).toContain('收到停止信号（SIGTERM），问卷已停止。');
    expect(screen).toContain(`已回答的 2/${questions} 题都已保存在`); // the name and the employees: the template presumes no first certification
    expect(screen).toContain('EXIT=143');
    expect(session!.cursorVisible()).toBe(true);
    expect(existsSync(`${file}.lock`)).toBe(false);
    expect(savedName(file)).toBe('堃喆电器（苏州）有限公司');
  }, 60_000);

  it('when sent SIGHUP, then it does the same at once and ends by the hang-up (129)', async () => {
    const { file, pid, dir } = await waitingAtSecondQuestion('2>DIR/stderr');
    process.kill(pid, 'SIGHUP');
    expect(await gone(pid, 1500)).toBeLessThan(1500);
    expect(await session!.waitFor('EXIT=')).toContain('EXIT=129');
    expect(readFileSync(path.join(dir, 'stderr'), 'utf8')).toContain('终端已关闭（SIGHUP），问卷已停止。');
    expect(existsSync(`${file}.lock`)).toBe(false);
    expect(savedName(file)).toBe('堃喆电器（苏州）有限公司');
  }, 60_000);

  it('when its terminal is closed, then it saves, releases the lock and ends without a crash', async () => {
    const { file, pid, dir } = await waitingAtSecondQuestion('2>DIR/stderr');
    session!.stop();
    session = undefined;
    await gone(pid, 8000);
    const stderr = readFileSync(path.join(dir, 'stderr'), 'utf8');
    expect(stderr).not.toMatch(/EIO|Error|Assertion/);
    expect(stderr).toContain(`已回答的 1/${questions} 题都已保存在`); // the name alone
    expect(existsSync(`${file}.lock`)).toBe(false);
    expect(savedName(file)).toBe('堃喆电器（苏州）有限公司');
  }, 60_000);
});
