import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A disk that fills up on demand: writes into a file then fail with ENOSPC, as on a full disk. */
const disk = vi.hoisted(() => ({ full: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof real.open = async (...args: Parameters<typeof real.open>) => {
    const handle = await real.open(...args);
    const writeFile = handle.writeFile.bind(handle);
    handle.writeFile = (async (data: string | Uint8Array) => {
      if (!disk.full) return writeFile(data);
      await writeFile(typeof data === 'string' ? data.slice(0, 10) : data.subarray(0, 10));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
    }) as typeof handle.writeFile;
    return handle;
  };
  return { ...real, open, default: { ...real, open } };
});

const { writeFailure, writeFileAtomic } = await import('../../src/source/write-file-atomic.js');
const { runQuestionnaire } = await import('../../src/questionnaire/run-questionnaire.js');
const { Cancelled } = await import('../../src/questionnaire/prompter.js');
const { ScriptedPrompter, pick, type } = await import('../helpers/scripted-prompter.js');
const { loadApplicationRequirements } = await import('../../src/certification/load-application.js');
const { catalogueBeside } = await import('../helpers/mini-catalogue.js');

// Every eligibility condition and document is asked (no profile named), then the mini catalogue's 3 indicators.
const application = await loadApplicationRequirements();
const questions = 3 + application.eligibility.length + application.documents.length + 3;

function freshFolder(): string {
  return mkdtempSync(path.join(tmpdir(), 'gbt27922-full-'));
}

beforeEach(() => {
  disk.full = false;
});

describe('a full disk', () => {
  it('when a save fails for lack of space, then the old file is whole, no temporary file is left, and the error says the disk is full', async () => {
    const folder = freshFolder();
    const file = path.join(folder, 'a.yaml');
    writeFileSync(file, 'old: content\n');
    disk.full = true;
    for (let attempt = 0; attempt < 3; attempt++) {
      const failure = await writeFileAtomic(file, 'new: content\n'.repeat(100)).then(
        () => undefined,
        (cause: unknown) => cause,
      );
      expect(writeFailure(failure, file)).toMatchObject({ code: 'DISK_FULL', params: { reason: 'ENOSPC' } });
    }
    expect(readdirSync(folder)).toEqual(['a.yaml']);
    expect(readFileSync(file, 'utf8')).toBe('old: content\n');
  });

  it('when a permission is missing, then the error is still about writing, not about space', () => {
    expect(writeFailure(Object.assign(new Error('EACCES'), { code: 'EACCES' }), 'x.yaml')).toMatchObject({ code: 'OUTPUT_NOT_WRITABLE' });
  });

  /** Answers the questionnaire; the disk fills up just before the answer to `fullAt` is saved. */
  class FillingPrompter extends ScriptedPrompter {
    constructor(
      steps: ConstructorParameters<typeof ScriptedPrompter>[0],
      private readonly fullAt: string,
      private readonly onRetryQuestion: () => void,
    ) {
      super(steps);
    }
    override async input(message: string, options?: Parameters<ScriptedPrompter['input']>[1]): Promise<string> {
      const answer = await super.input(message, options);
      if (message === this.fullAt) disk.full = true;
      return answer;
    }
    override async select<T>(message: string, choices: Parameters<ScriptedPrompter['select']>[1], options?: { default?: T }): Promise<T> {
      if (message === '刚才的答案还没有保存。怎么办？') this.onRetryQuestion();
      return super.select(message, choices as never, options as never) as Promise<T>;
    }
  }

  it('when the disk fills up during the questionnaire, then it says so, waits, and saves the answer once space is freed', async () => {
    const folder = freshFolder();
    const file = path.join(folder, '自评.yaml');
    let asked = 0;
    const prompter = new FillingPrompter([type('测试电器有限公司'), type('58'), pick('retry'), pick('retry')], '员工人数（用于估算审核人日）：', () => {
      // The first time, the person retries without freeing space; the second time after.
      if (++asked === 2) disk.full = false;
    });
    const outcome = await runQuestionnaire({ file, prompter, lang: 'zh', colorLevel: 0, catalogueOverride: catalogueBeside(file), today: '2026-11-27' }).catch((cause: unknown) => cause);
    expect(outcome).toBeInstanceOf(Cancelled); // the script ends at the next question
    const shown = prompter.transcript.join('\n');
    expect(shown).toContain('错误[DISK_FULL]');
    expect(shown).toContain('磁盘空间已满');
    expect(shown).not.toContain('权限');
    expect(prompter.transcript.at(-1)).toMatch(/^\^C at 是否首次申请认证/);
    expect((parse(readFileSync(file, 'utf8')) as { company: { employees: number } }).company.employees).toBe(58);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('when the person quits instead, then the progress counts only what is on disk', async () => {
    const folder = freshFolder();
    const file = path.join(folder, '自评.yaml');
    const prompter = new FillingPrompter([type('测试电器有限公司'), type('58'), pick('quit')], '员工人数（用于估算审核人日）：', () => undefined);
    const outcome = (await runQuestionnaire({ file, prompter, lang: 'zh', colorLevel: 0, catalogueOverride: catalogueBeside(file), today: '2026-11-27' }).catch(
      (cause: unknown) => cause,
    )) as InstanceType<typeof Cancelled>;
    expect(outcome).toBeInstanceOf(Cancelled);
    expect(outcome.progress).toEqual({ answered: 1, total: questions }); // the name alone: the template presumes no first certification
    disk.full = false;
    expect((parse(readFileSync(file, 'utf8')) as { company: { employees: unknown } }).company.employees).toBeNull();
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
