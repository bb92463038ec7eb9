import type { ApplicationRequirements } from '../model/application.js';
import type { Catalogue } from '../model/catalogue.js';
import type { QuestionnaireText } from '../i18n/questionnaire-text.js';
import type { Lang } from '../model/bilingual-text.js';
import type { AssessmentDraft } from './assessment-draft.js';
import type { Choice, Prompter } from './prompter.js';

/** Everything a question needs to ask itself and record its answer. */
export interface WalkContext {
  prompter: Prompter;
  draft: AssessmentDraft;
  lang: Lang;
  text: QuestionnaireText;
  catalogue: Catalogue;
  requirements: ApplicationRequirements;
  /** Files found in --evidence-dir, by document id. */
  evidence: ReadonlyMap<string, string[]>;
  colorLevel: 0 | 1 | 2 | 3;
  /** Ask a note and evidence after every indicator (`--detailed`); otherwise only for gaps, or on request. */
  detail: boolean;
}

/** Where the walk goes after a question: on, back one, or to the contents. */
export type Outcome = 'next' | 'back' | 'menu';

export interface Section {
  id: string;
  title: string;
}

export interface Question {
  key: string;
  section: Section;
  /** Counted in "answered x of y" and used to find where to resume. */
  counted: boolean;
  answered(draft: AssessmentDraft): boolean;
  ask(context: WalkContext): Promise<Outcome>;
  /**
   * Asked once the answers are in (the plan, built on the gaps): questions left for later are
   * offered before it, as they are before the result.
   */
  afterAnswers?: boolean;
}

/**
 * A count typed by a person: a whole number above 0 that a number holds exactly (10^23 would be
 * saved as 1e+23, which is no count), or the message saying what is wrong.
 */
export function checkCount(value: string, text: QuestionnaireText, options: { zeroAllowed?: boolean } = {}): true | string {
  if (!(options.zeroAllowed ? /^\s*\d+\s*$/ : /^\s*0*[1-9]\d*\s*$/).test(value)) return text.positiveInteger;
  return Number.isSafeInteger(Number(value)) ? true : text.numberTooLarge;
}

/** Values of the navigation choices every select offers; they cannot clash with an answer. */
export const NAV = { back: '\u0000back', menu: '\u0000menu', later: '\u0000later' } as const;
type Nav = (typeof NAV)[keyof typeof NAV];

export function navigationChoices(text: QuestionnaireText, options: { later?: boolean } = {}): Choice<Nav>[] {
  const choices: Choice<Nav>[] = [];
  if (options.later) choices.push({ value: NAV.later, name: text.later });
  choices.push({ value: NAV.back, name: text.back }, { value: NAV.menu, name: text.menu });
  return choices;
}

/** Turns a navigation choice into an outcome; undefined for a real answer. */
export function navigationOutcome(value: unknown): Outcome | 'later' | undefined {
  if (value === NAV.back) return 'back';
  if (value === NAV.menu) return 'menu';
  if (value === NAV.later) return 'later';
  return undefined;
}
