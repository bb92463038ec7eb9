import { isUserError } from '../model/diagnostic.js';
import { packageVersion } from '../package-version.js';
import type { Result } from '../model/result.js';
import { formatDiagnostic } from '../report/format-diagnostic.js';
import { writeFailure, writeFileAtomic } from '../source/write-file-atomic.js';
import { isResultJson, renderJson } from '../report/formats/json.js';
import { outputTarget } from '../source/output-target.js';
import { renderTerminal } from '../report/render-terminal.js';
import { messages } from '../i18n/messages.js';
import type { Outcome, Question, WalkContext } from './question.js';
import { GoBack, type Choice, type Prompter } from './prompter.js';

/**
 * Moves through the questions: on after an answer, back one, or anywhere through the contents.
 * Every answer was saved by its question before the walk moves on.
 *
 * When the walk resumes a file, or jumps to a part through the contents, going on skips the
 * questions already answered (so a resume never walks back through them); once the person goes
 * back, they are reviewing, and every question is shown in turn. Questions left for later are
 * offered again when the walk reaches the end, before the result.
 */
export async function walk(context: WalkContext, questions: readonly Question[], start: number | 'menu' | 'summary'): Promise<void> {
  let skipAnswered = true;
  // Answering the questions left for later: going on skips the special items already walked past.
  let answeringLeft = false;
  // Offered once each time the walk reaches the end, not when the person asked for the result.
  let offerLeft = start !== 'summary';
  let position: number | 'menu' = start === 'menu' ? 'menu' : start === 'summary' ? questions.length : start;
  const firstAfterAnswers = questions.findIndex((question) => question.afterAnswers);
  const answersEnd = firstAfterAnswers === -1 ? questions.length : firstAfterAnswers;
  const counting = countingPrompter(context.prompter);
  const asking: WalkContext = { ...context, prompter: counting };
  for (;;) {
    if (position === 'menu') {
      const chosen = await menu(context, questions);
      if (chosen === 'quit') return;
      ({ index: position, skipAnswered } = chosen);
      answeringLeft = false;
      // A part chosen in the contents is asked, not preceded by the leftovers.
      offerLeft = position < answersEnd;
      continue;
    }
    // Reaching the questions asked once the answers are in (the plan), or the result: the questions
    // left for later are offered first, once each time; "show the result" then goes straight to it.
    if (offerLeft && position >= answersEnd) {
      offerLeft = false;
      const left = unansweredIndexes(context, questions);
      if (left.length > 0) {
        if ((await offerUnanswered(context, left.length)) === 'answer') {
          position = left[0]!;
          skipAnswered = true;
          answeringLeft = true;
          continue;
        }
        position = questions.length;
      }
    }
    if (position >= questions.length) {
      const next = await summary(context);
      if (next === 'done') return;
      position = 'menu';
      continue;
    }
    counting.prompts = 0;
    let outcome: Outcome | 'again';
    try {
      outcome = await questions[position]!.ask(asking);
    } catch (cause) {
      if (!(cause instanceof GoBack)) throw cause;
      // Esc at the first prompt of a question goes to the previous question; later in the
      // question (at the note after an answer), back to its start.
      outcome = counting.prompts > 1 ? 'again' : 'back';
    }
    if (outcome === 'next') position = skipAnswered ? nextToAsk(context, questions, position, answeringLeft) : position + 1;
    else if (outcome === 'back') {
      skipAnswered = false;
      answeringLeft = false;
      position = Math.max(0, position - 1);
    } else if (outcome === 'menu') position = 'menu';
  }
}

/**
 * The next question after `index` still to ask: unanswered, or one the file cannot tell (special
 * items; not when answering the questions left for later, which were offered after them).
 */
function nextToAsk(context: WalkContext, questions: readonly Question[], index: number, answeringLeft: boolean): number {
  for (let next = index + 1; next < questions.length; next++) {
    const question = questions[next]!;
    if (question.afterAnswers) return next;
    if (!question.counted ? !answeringLeft : !question.answered(context.draft)) return next;
  }
  return questions.length;
}

function unansweredIndexes(context: WalkContext, questions: readonly Question[]): number[] {
  return questions.flatMap((question, index) => (question.counted && !question.answered(context.draft) ? [index] : []));
}

async function offerUnanswered(context: WalkContext, count: number): Promise<'answer' | 'result'> {
  const { prompter, text } = context;
  return prompter.select<'answer' | 'result'>(text.unansweredLeft(count), [
    { value: 'answer', name: text.answerLeftNow(count) },
    { value: 'result', name: text.showResultNow },
  ]);
}

/** A prompter that counts the prompts of the current question, to know where Esc goes back to. */
function countingPrompter(prompter: Prompter): Prompter & { prompts: number } {
  const counting = {
    prompts: 0,
    select: <T>(message: string, choices: Choice<T>[], options?: { default?: T }) => {
      counting.prompts++;
      return prompter.select(message, choices, options);
    },
    input: (message: string, options?: { default?: string; validate?: (value: string) => true | string }) => {
      counting.prompts++;
      return prompter.input(message, options);
    },
    say: (said: string) => prompter.say(said),
    width: () => prompter.width?.(),
  };
  return counting;
}

/** The first question without an answer: where a resumed walk starts. */
export function firstUnanswered(context: WalkContext, questions: readonly Question[]): number {
  const index = questions.findIndex((question) => !question.answered(context.draft));
  return index === -1 ? questions.length : index;
}

export function answeredCount(context: WalkContext, questions: readonly Question[]): { answered: number; total: number } {
  const counted = questions.filter((question) => question.counted);
  return { answered: counted.filter((question) => question.answered(context.draft)).length, total: counted.length };
}

const SUMMARY = -1;
const QUIT = -2;

/**
 * The contents: each part of the questionnaire with how much of it is answered. A part with
 * questions left opens at its first unanswered question; a finished part at its start, for review.
 */
async function menu(context: WalkContext, questions: readonly Question[]): Promise<{ index: number; skipAnswered: boolean } | 'quit'> {
  const { text, prompter } = context;
  const sections = new Map<string, { title: string; first: number; firstUnanswered: number | undefined; answered: number; total: number }>();
  questions.forEach((question, index) => {
    const entry = sections.get(question.section.id) ?? { title: question.section.title, first: index, firstUnanswered: undefined, answered: 0, total: 0 };
    if (question.counted) {
      entry.total++;
      if (question.answered(context.draft)) entry.answered++;
      else entry.firstUnanswered ??= index;
    }
    sections.set(question.section.id, entry);
  });
  const choices = [...sections.values()].map((section) => ({
    value: section.firstUnanswered ?? section.first,
    name: section.total > 0 ? `${section.title}${messages(context.lang).ui.paren(`${section.answered}/${section.total}`)}` : section.title,
  }));
  choices.push({ value: SUMMARY, name: text.sectionSummary }, { value: QUIT, name: text.menuQuit });
  const choice = await prompter.select(text.menuTitle, choices);
  if (choice === QUIT) return 'quit';
  if (choice === SUMMARY) return { index: questions.length, skipAnswered: false };
  const section = [...sections.values()].find((candidate) => (candidate.firstUnanswered ?? candidate.first) === choice);
  return { index: choice, skipAnswered: section?.firstUnanswered !== undefined };
}

/** The result as `score` prints it, then what to do next. */
async function summary(context: WalkContext): Promise<'done' | 'menu'> {
  const { prompter, text, draft, lang } = context;
  prompter.say('');
  const scored = await draft.score();
  if ('diagnostics' in scored) {
    prompter.say(text.draftInvalid);
    for (const diagnostic of scored.diagnostics) prompter.say(formatDiagnostic(diagnostic, lang, context.colorLevel));
  } else {
    // Kept within the terminal: the say() below folds text, but a table folded by it would break.
    const width = prompter.width?.();
    prompter.say(renderTerminal(scored.result, { lang, colorLevel: context.colorLevel, ...(width ? { width } : {}) }));
  }
  prompter.say(text.saved(draft.file));
  for (;;) {
    const choices = [
      ...('result' in scored
        ? [
            { value: 'pdf', name: text.offerPdf },
            { value: 'json', name: text.offerJson },
          ]
        : []),
      { value: 'menu', name: text.menu },
      { value: 'done', name: text.offerDone },
    ];
    const choice = await prompter.select(text.whatNext, choices, { default: 'done' }).catch(escapeTo('done' as const));
    if (choice === 'done' || choice === 'menu') return choice;
    try {
      await offer(context, scored, choice);
    } catch (cause) {
      if (!(cause instanceof GoBack)) throw cause; // Esc at a file name: back to "what next"
    }
  }
}

function escapeTo<T>(value: T): (cause: unknown) => T {
  return (cause) => {
    if (cause instanceof GoBack) return value;
    throw cause;
  };
}

/** A PDF or a JSON file of the result, written where the person says. */
async function offer(context: WalkContext, scored: { result: Result } | { diagnostics: unknown[] }, choice: string): Promise<void> {
  const { prompter, text, draft, lang } = context;
  if (!('result' in scored)) return;
  if (choice === 'pdf') {
    await offerPdf(context, scored.result);
    return;
  }
  const file = await prompter.input(text.jsonPath, { default: draft.file.replace(/\.ya?ml$/i, '') + '.result.json' });
  // The rule of the PDF report: an earlier result is replaced, any other file (another
  // assessment) is not, nor the assessment itself, nor anything but a regular file.
  let target: string;
  try {
    target = outputTarget(file, { input: draft.file, isOurs: isResultJson });
  } catch (cause) {
    if (!isUserError(cause)) throw cause;
    for (const diagnostic of cause.diagnostics) prompter.say(formatDiagnostic(diagnostic, lang, context.colorLevel));
    return;
  }
  try {
    await writeFileAtomic(target, renderJson(scored.result));
    prompter.say(text.written(file));
  } catch (cause) {
    prompter.say(formatDiagnostic(writeFailure(cause, file), lang, context.colorLevel));
  }
}

/** The PDF report from the same result just shown; the renderer is loaded only when asked for. */
async function offerPdf(context: WalkContext, result: Result): Promise<void> {
  const { prompter, text, draft, lang } = context;
  const { defaultReportPath, writeReport } = await import('../report/write-report.js');
  const file = await prompter.input(text.pdfPath, { default: defaultReportPath(draft.file) });
  try {
    const warnings = await writeReport(result, { assessmentFile: draft.file, output: file, lang, toolVersion: packageVersion() });
    for (const warning of warnings) prompter.say(formatDiagnostic(warning, lang, context.colorLevel));
    prompter.say(text.written(file));
  } catch (cause) {
    if (!isUserError(cause)) throw cause;
    for (const diagnostic of cause.diagnostics) prompter.say(formatDiagnostic(diagnostic, lang, context.colorLevel));
  }
}
