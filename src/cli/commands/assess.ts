import { error, UserError } from '../../model/diagnostic.js';
import { questionnaireText } from '../../i18n/questionnaire-text.js';
import type { Lang } from '../../model/bilingual-text.js';
import { acquireLock } from '../../questionnaire/file-lock.js';
import { linkTarget } from '../../source/output-target.js';
import { Cancelled, terminalPrompter } from '../../questionnaire/prompter.js';
import { runQuestionnaire } from '../../questionnaire/run-questionnaire.js';
import { ExitCode } from '../exit-codes.js';
import { localDate } from '../local-date.js';
import type { Output } from '../output.js';

export interface AssessOptions {
  file: string;
  type?: 'producer' | 'seller';
  catalogue?: string;
  evidenceDir?: string;
  interactive: boolean;
  detailed?: boolean;
  lang: Lang;
  colorLevel: 0 | 1 | 2 | 3;
  output: Output;
}

/**
 * The questionnaire in a terminal. Without one it refuses clearly (exit 2) rather than hang or
 * pretend to succeed; Ctrl-C exits 130 and says where the answers are.
 */
export async function runAssess(options: AssessOptions): Promise<number> {
  if (!options.interactive || !process.stdin.isTTY) throw new UserError([error('NEEDS_TERMINAL')]);
  const text = questionnaireText(options.lang);
  // Through a symlink, the lock and every save are the target's: two questionnaires on the link and
  // on its target take the same lock, and the first save no longer turns the link into a file.
  const file = linkTarget(options.file);
  const release = acquireLock(file);
  const stopped = onStopSignals(release);
  try {
    const prompter = await terminalPrompter(options.lang, options.output.stdout, () => process.stdout.columns, stopped.signal);
    await runQuestionnaire({
      file,
      prompter,
      lang: options.lang,
      colorLevel: options.colorLevel,
      today: localDate(new Date()),
      detail: options.detailed ?? false,
      ...(options.type ? { type: options.type } : {}),
      ...(options.catalogue ? { catalogueOverride: options.catalogue } : {}),
      ...(options.evidenceDir ? { evidenceDir: options.evidenceDir } : {}),
    });
    return ExitCode.ok;
  } catch (cause) {
    if (!(cause instanceof Cancelled)) throw cause;
    const signal = stopped.received();
    const { answered, total, fileWritten } = cause.progress ?? { answered: 0, total: 0 };
    const lines = [''];
    if (signal) lines.push(text.stoppedBySignal(signal));
    if (fileWritten === false) lines.push(text.cancelledBeforeFile(file));
    else lines.push(text.cancelled(file, answered, total), text.resumeHint(resumeCommand(options)));
    options.output.stderr(lines.join('\n') + '\n');
    return signal ? exitCodeFor(signal) : ExitCode.interrupted;
  } finally {
    release();
    stopped.dispose();
    // With the terminal gone, Node's own exit would fail to reset it (EIO) and abort with a core
    // dump; ending by the hang-up itself is what a shell expects of a program in a closed terminal.
    if (stopped.received() === 'SIGHUP') process.kill(process.pid, 'SIGHUP');
  }
}

type StopSignal = 'SIGTERM' | 'SIGHUP';

const exitCodeFor = (signal: StopSignal) => (signal === 'SIGTERM' ? ExitCode.terminated : ExitCode.hangUp);

/**
 * SIGTERM (kill, a shutdown) and SIGHUP (the terminal closed) end the walk the way Ctrl-C does:
 * the prompt on screen is aborted, the terminal restored, the answers reported and the lock
 * released. Every answer is already on disk. Should the walk not unwind within two seconds (a save
 * stuck on a network drive), the lock is released and the process ends anyway.
 */
function onStopSignals(release: () => void): { signal: AbortSignal; received(): StopSignal | undefined; dispose(): void } {
  const controller = new AbortController();
  let received: StopSignal | undefined;
  const handler = (signal: StopSignal) => {
    if (received) return;
    received = signal;
    controller.abort(new Cancelled());
    setTimeout(() => {
      release();
      process.exit(exitCodeFor(signal));
    }, 2000).unref();
  };
  const onTerm = () => handler('SIGTERM');
  const onHup = () => handler('SIGHUP');
  process.on('SIGTERM', onTerm);
  process.on('SIGHUP', onHup);
  // A closed terminal also ends standard input, often before SIGHUP arrives; the prompt library
  // then tries to restore raw mode on a terminal that is gone and crashes on the EIO. The end of
  // input is taken as the hang-up it is, and raw mode is left alone from then on.
  const stdin = process.stdin;
  const setRawMode = stdin.isTTY ? stdin.setRawMode : undefined;
  let inputEnded = false;
  const onEnd = () => {
    inputEnded = true;
    handler('SIGHUP');
  };
  if (setRawMode) {
    stdin.prependListener('end', onEnd);
    stdin.setRawMode = function (mode: boolean) {
      return inputEnded ? this : setRawMode.call(this, mode);
    };
  }
  return {
    signal: controller.signal,
    received: () => received,
    dispose: () => {
      process.off('SIGTERM', onTerm);
      process.off('SIGHUP', onHup);
      if (setRawMode) {
        stdin.off('end', onEnd);
        stdin.setRawMode = setRawMode;
      }
    },
  };
}
function resumeCommand(options: AssessOptions): string {
  if (options.file === 'gbt27922-assessment.yaml') return 'gbt27922';
  // Quoted when it has spaces or shell characters; double quotes work in cmd, PowerShell and sh.
  const file = /^[\w./\\:-]+$/.test(options.file) ? options.file : `"${options.file}"`;
  return `gbt27922 assess -o ${file}`;
}
