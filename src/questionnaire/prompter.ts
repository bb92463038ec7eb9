import { safeText } from '../i18n/safe-text.js';
import { questionnaireText } from '../i18n/questionnaire-text.js';

/**
 * What the questionnaire needs from a prompt library, and nothing more. The walk only sees this
 * interface: tests script it, and the terminal implementation below is the one place that imports
 * @inquirer/prompts (loaded lazily, so `score` never pays for it).
 */
export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
}

export interface Prompter {
  /** The cursor starts on `default`; without one, on the first choice (callers pass a neutral one). */
  select<T>(message: string, choices: Choice<T>[], options?: { default?: T }): Promise<T>;
  input(message: string, options?: { default?: string; validate?: (value: string) => true | string }): Promise<string>;
  /** Text between questions: cards, progress, notices. */
  say(text: string): void;
  /** The terminal's width, which tables are kept within (the result); none when unknown. */
  width?(): number | undefined;
}

/**
 * The person pressed Esc: go back from this prompt. Thrown by a prompt and caught by the walk,
 * which goes back to the previous question, or to the start of the current one when a part of it
 * was already answered (the answer before its note, say).
 */
export class GoBack extends Error {
  constructor() {
    super('back');
    this.name = 'GoBack';
  }
}

/** The person pressed Ctrl-C (or closed the terminal). Everything answered before is on disk. */
export class Cancelled extends Error {
  /** Set when a signal (kill, a closed terminal) rather than Ctrl-C stopped the walk. */
  signal?: 'SIGTERM' | 'SIGHUP';
  /** How far the person got, filled in by the walk that was interrupted. */
  progress?: { answered: number; total: number; fileWritten?: false };

  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/** Room the prompt library's marks take before a question or a choice (`? `, `❯ `). */
const MARK = 2;

/**
 * Choices folded to the terminal's width by the rules the rest of the output follows (display
 * width, never inside a word or an id, no line starting with `、`), continued under the choice's
 * first letter; the prompt library would otherwise cut them at the edge. The answer shown once
 * chosen stays on one line. `lines` is how many lines the list takes.
 */
export function fitChoices<T>(choices: Choice<T>[], width: number | undefined, wrap: (text: string, width: number) => string): { choices: Array<Choice<T> & { short?: string }>; lines: number } {
  if (!width || width <= MARK + 10) return { choices, lines: choices.length };
  let lines = 0;
  const fitted = choices.map((choice) => {
    const folded = wrap(choice.name, width - MARK).split('\n');
    lines += folded.length;
    return folded.length === 1 ? choice : { ...choice, name: folded.join(`\n${' '.repeat(MARK)}`), short: choice.name };
  });
  return { choices: fitted, lines };
}

/** A question folded to the width, leaving room for the `? ` before it. */
export function fitMessage(message: string, width: number | undefined, wrap: (text: string, width: number) => string): string {
  return width && width > MARK + 10 ? wrap(message, width - MARK) : message;
}

/**
 * How many lines a list shows at once, and whether it must scroll: every choice when the
 * terminal is tall enough (so "Result" and "Quit" at the end of the contents are never hidden),
 * otherwise what fits, and the prompt then says that the list scrolls.
 */
export function pageFor(lines: number, rows: number | undefined): { pageSize: number; scrolls: boolean } {
  const room = Math.max(5, (rows ?? 24) - 6);
  return lines <= room ? { pageSize: lines, scrolls: false } : { pageSize: room, scrolls: true };
}

/**
 * The prompts in a terminal. `stop`, when aborted (SIGTERM, SIGHUP), ends the prompt on screen (or
 * the next one, before it is shown) as Ctrl-C would: the terminal is restored and the walk unwinds
 * to where the answers are reported.
 */
export async function terminalPrompter(lang: 'zh' | 'en', write: (text: string) => void, wrapWidth?: () => number | undefined, stop?: AbortSignal): Promise<Prompter> {
  const { select, input } = await import('@inquirer/prompts');
  const { emitKeypressEvents } = await import('node:readline');
  const { wrapText } = await import('../report/wrap-text.js');
  const text = questionnaireText(lang);
  const keyWords = text.keys;
  const theme = {
    style: {
      keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${keyWords[action] ?? action}`).join(' • '),
    },
  };
  emitKeypressEvents(process.stdin);
  // Esc goes back: the prompt is aborted through its signal, and the abort told apart from Ctrl-C.
  // A stop signal aborts it too, and then counts as Ctrl-C.
  const cancellable = async <T>(ask: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    const controller = new AbortController();
    let escaped = false;
    const onKey = (_: string, key: { name?: string } | undefined) => {
      if (key?.name !== 'escape') return;
      escaped = true;
      controller.abort();
    };
    const onStop = () => controller.abort();
    if (stop?.aborted) controller.abort();
    else stop?.addEventListener('abort', onStop, { once: true });
    process.stdin.on('keypress', onKey);
    try {
      return await ask(controller.signal);
    } catch (cause) {
      if (escaped && !stop?.aborted) throw new GoBack();
      if (cause instanceof Error && (cause.name === 'ExitPromptError' || cause.name === 'AbortPromptError')) throw new Cancelled();
      throw cause;
    } finally {
      process.stdin.off('keypress', onKey);
      stop?.removeEventListener('abort', onStop);
    }
  };
  return {
    select: (message, choices, options = {}) => {
      const fitted = fitChoices(choices, wrapWidth?.(), wrapText);
      const { pageSize, scrolls } = pageFor(fitted.lines, process.stdout.rows);
      const shown = scrolls ? `${message} ${text.scrolls(choices.length)}` : message;
      return cancellable((signal) =>
        select(
          { message: fitMessage(shown, wrapWidth?.(), wrapText), choices: fitted.choices, pageSize, loop: false, theme, ...(options.default !== undefined ? { default: options.default } : {}) },
          { signal },
        ),
      );
    },
    input: (message, options = {}) =>
      cancellable((signal) =>
        input(
          {
            message: fitMessage(message, wrapWidth?.(), wrapText),
            ...(options.default !== undefined ? { default: safeText(options.default) } : {}),
            ...(options.validate ? { validate: options.validate } : {}),
          },
          { signal },
        ),
      ),
    width: () => wrapWidth?.(),
    say: (said) => {
      const width = wrapWidth?.();
      const wrapped = width ? wrapText(said, width) : said;
      write(wrapped.endsWith('\n') ? wrapped : wrapped + '\n');
    },
  };
}
