import { error, isUserError } from '../model/diagnostic.js';
import { packageVersion } from '../package-version.js';
import type { Result } from '../model/result.js';
import { formatDiagnostic } from '../report/format-diagnostic.js';
import { writeFailure, writeFileAtomic } from '../source/write-file-atomic.js';
import { renderJson } from '../report/render-json.js';
import { renderTerminal } from '../report/render-terminal.js';
import { messages } from '../i18n/messages.js';
import type { Question, WalkContext } from './question.js';

/**
 * Moves through the questions: on after an answer, back one, or anywhere through the contents.
 * Every answer was saved by its question before the walk moves on.
 */
export async function walk(context: WalkContext, questions: readonly Question[], start: number | 'menu' | 'summary'): Promise<void> {
  let index = start === 'menu' ? await menu(context, questions) : start === 'summary' ? questions.length : start;
  for (;;) {
    if (index === 'quit') return;
    if (index >= questions.length) {
      const next = await summary(context);
      if (next === 'done') return;
      index = await menu(context, questions);
      continue;
    }
    const outcome = await questions[index]!.ask(context);
    if (outcome === 'next') index++;
    else if (outcome === 'back') index = Math.max(0, index - 1);
    else index = await menu(context, questions);
  }
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

/** The contents: each part of the questionnaire with how much of it is answered. */
async function menu(context: WalkContext, questions: readonly Question[]): Promise<number | 'quit'> {
  const { text, prompter } = context;
  const sections = new Map<string, { title: string; first: number; answered: number; total: number }>();
  questions.forEach((question, index) => {
    const entry = sections.get(question.section.id) ?? { title: question.section.title, first: index, answered: 0, total: 0 };
    if (question.counted) {
      entry.total++;
      if (question.answered(context.draft)) entry.answered++;
    }
    sections.set(question.section.id, entry);
  });
  const choices = [...sections.values()].map((section) => ({
    value: section.first,
    name: section.total > 0 ? `${section.title}${messages(context.lang).ui.paren(`${section.answered}/${section.total}`)}` : section.title,
  }));
  choices.push({ value: SUMMARY, name: text.sectionSummary }, { value: QUIT, name: text.menuQuit });
  const choice = await prompter.select(text.menuTitle, choices);
  if (choice === QUIT) return 'quit';
  return choice === SUMMARY ? questions.length : choice;
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
    prompter.say(renderTerminal(scored.result, { lang, colorLevel: context.colorLevel }));
  }
  prompter.say(text.saved(draft.file));
  for (;;) {
    const choices = [
      ...('result' in scored ? [{ value: 'pdf', name: text.offerPdf }, { value: 'json', name: text.offerJson }] : []),
      { value: 'menu', name: text.menu },
      { value: 'done', name: text.offerDone },
    ];
    const choice = await prompter.select(text.whatNext, choices, { default: 'done' });
    if (choice === 'done' || choice === 'menu') return choice;
    if (choice === 'pdf' && 'result' in scored) {
      await offerPdf(context, scored.result);
      continue;
    }
    if ('result' in scored) {
      const file = await prompter.input(text.jsonPath, { default: draft.file.replace(/\.ya?ml$/i, '') + '.result.json' });
      const { samePath } = await import('../report/write-report.js');
      if (samePath(file, draft.file)) {
        prompter.say(formatDiagnostic(error('REPORT_OVERWRITES_INPUT', {}, { file }), lang, context.colorLevel));
        continue;
      }
      try {
        await writeFileAtomic(file, renderJson(scored.result));
        prompter.say(text.written(file));
      } catch (cause) {
        prompter.say(formatDiagnostic(writeFailure(cause, file), lang, context.colorLevel));
      }
    }
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
    if (!(isUserError(cause))) throw cause;
    for (const diagnostic of cause.diagnostics) prompter.say(formatDiagnostic(diagnostic, lang, context.colorLevel));
  }
}
