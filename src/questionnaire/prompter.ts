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
  select<T>(message: string, choices: Choice<T>[], options?: { default?: T }): Promise<T>;
  input(message: string, options?: { default?: string; validate?: (value: string) => true | string }): Promise<string>;
  /** Text between questions: cards, progress, notices. */
  say(text: string): void;
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

/**
 * `stop`, when aborted, ends the prompt on screen (or the next one, before it is shown) as Ctrl-C
 * would: the terminal is restored and the walk unwinds to where the answers are reported.
 */
export async function terminalPrompter(lang: 'zh' | 'en', write: (text: string) => void, stop?: AbortSignal): Promise<Prompter> {
  const { select, input } = await import('@inquirer/prompts');
  const keyWords = questionnaireText(lang).keys;
  const theme = {
    style: {
      keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${keyWords[action] ?? action}`).join(' • '),
    },
  };
  const context = stop ? { signal: stop } : {};
  const cancellable = async <T>(ask: () => Promise<T>): Promise<T> => {
    try {
      return await ask();
    } catch (cause) {
      if (cause instanceof Error && (cause.name === 'ExitPromptError' || cause.name === 'AbortPromptError')) throw new Cancelled();
      throw cause;
    }
  };
  return {
    select: (message, choices, options = {}) =>
      cancellable(() =>
        select({ message, choices, pageSize: 12, loop: false, theme, ...(options.default !== undefined ? { default: options.default } : {}) }, context),
      ),
    input: (message, options = {}) =>
      cancellable(() =>
        input({ message, ...(options.default !== undefined ? { default: options.default } : {}), ...(options.validate ? { validate: options.validate } : {}) }, context),
      ),
    say: (text) => write(text.endsWith('\n') ? text : text + '\n'),
  };
}
