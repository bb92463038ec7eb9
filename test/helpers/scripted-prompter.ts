import { Cancelled, GoBack, type Choice, type Prompter } from '../../src/questionnaire/prompter.js';

export type Step = { select: unknown } | { input: string } | { escape: true };

/**
 * A prompter that answers from a script, as a person would, and checks each answer is one the
 * prompt offers (a select) or passes its validation (an input). When the script runs out it
 * behaves like Ctrl-C. Everything shown is kept in `transcript` for assertions.
 */
export class ScriptedPrompter implements Prompter {
  readonly transcript: string[] = [];
  readonly asked: string[] = [];

  constructor(private readonly steps: Step[]) {}

  get remaining(): number {
    return this.steps.length;
  }

  async select<T>(message: string, choices: Choice<T>[], options: { default?: T } = {}): Promise<T> {
    this.asked.push(message);
    this.transcript.push(`? ${message} [${choices.map((c) => c.name).join(' | ')}]${options.default !== undefined ? ` (default ${String(options.default)})` : ''}`);
    const step = this.next(message);
    if ('escape' in step) throw new GoBack();
    if (!('select' in step)) throw new Error(`script expected input but the prompt is a select: ${message}`);
    const choice = choices.find((c) => c.value === step.select);
    if (!choice) throw new Error(`"${String(step.select)}" is not a choice of "${message}": ${choices.map((c) => String(c.value)).join(', ')}`);
    return choice.value;
  }

  async input(message: string, options: { default?: string; validate?: (value: string) => true | string } = {}): Promise<string> {
    this.asked.push(message);
    this.transcript.push(`? ${message}${options.default !== undefined ? ` (default ${options.default})` : ''}`);
    const step = this.next(message);
    if ('escape' in step) throw new GoBack();
    if (!('input' in step)) throw new Error(`script expected a select but the prompt is an input: ${message}`);
    const value = step.input === '' && options.default !== undefined ? options.default : step.input;
    const verdict = options.validate?.(value) ?? true;
    if (verdict !== true) throw new Error(`input "${value}" refused by "${message}": ${verdict}`);
    return value;
  }

  say(text: string): void {
    this.transcript.push(text);
  }

  private next(message: string): Step {
    const step = this.steps.shift();
    if (!step) {
      this.transcript.push(`^C at ${message}`);
      throw new Cancelled();
    }
    return step;
  }
}

export const pick = (value: unknown): Step => ({ select: value });
export const type = (text: string): Step => ({ input: text });
export const escape: Step = { escape: true };
