import { error, UserError } from '../../model/diagnostic.js';
import { questionnaireText } from '../../i18n/questionnaire-text.js';
import type { Lang } from '../../model/bilingual-text.js';
import { acquireLock } from '../../questionnaire/file-lock.js';
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
  const release = acquireLock(options.file);
  try {
    const prompter = await terminalPrompter(options.lang, options.output.stdout);
    await runQuestionnaire({
      file: options.file,
      prompter,
      lang: options.lang,
      colorLevel: options.colorLevel,
      today: localDate(new Date()),
      ...(options.type ? { type: options.type } : {}),
      ...(options.catalogue ? { catalogueOverride: options.catalogue } : {}),
      ...(options.evidenceDir ? { evidenceDir: options.evidenceDir } : {}),
    });
    return ExitCode.ok;
  } catch (cause) {
    if (!(cause instanceof Cancelled)) throw cause;
    const { answered, total, fileWritten } = cause.progress ?? { answered: 0, total: 0 };
    if (fileWritten === false) options.output.stderr(`\n${text.cancelledBeforeFile(options.file)}\n`);
    else options.output.stderr(`\n${text.cancelled(options.file, answered, total)}\n${text.resumeHint(resumeCommand(options))}\n`);
    return ExitCode.interrupted;
  } finally {
    release();
  }
}

function resumeCommand(options: AssessOptions): string {
  if (options.file === 'gbt27922-assessment.yaml') return 'gbt27922';
  // Quoted when it has spaces or shell characters; double quotes work in cmd, PowerShell and sh.
  const file = /^[\w./\\:-]+$/.test(options.file) ? options.file : `"${options.file}"`;
  return `gbt27922 assess -o ${file}`;
}
