import { Chalk } from 'chalk';
import type { Lang } from '../model/bilingual-text.js';
import type { IndicatorEntry } from '../model/catalogue.js';
import type { PlanStatus } from '../model/assessment.js';
import type { IndicatorGap, Result } from '../model/result.js';
import { parseTypedDate } from '../plan/dates.js';
import { formatGain, formatPointsNeeded, levelById, levelLabel } from '../report/format.js';
import { safeText } from '../i18n/safe-text.js';
import { planText } from '../i18n/plan-text.js';
import { punctuation } from '../i18n/punctuation.js';
import { GoBack } from './prompter.js';
import type { Question, WalkContext } from './question.js';
import { navigationChoices, navigationOutcome } from './question.js';

/** The choice that leaves the plan for now. */
export const SKIP_PLAN = '\u0000skip-plan';

/** What is asked for each gap, in order; each is saved as soon as it is answered. */
type Field = 'action' | 'owner' | 'due' | 'status';
const FIELDS: readonly Field[] = ['action', 'owner', 'due', 'status'];

/**
 * "Who, by when": after the gaps, the level aimed for, then for each gap on the way to it an action,
 * its owner, a due date and a status, into the file's `plan:`. Not counted (a plan is optional), and
 * every entry is skippable; what the file already plans is offered as the default and never removed,
 * and entries for indicators off the path are left as they are.
 */
export function planQuestions(context: Pick<WalkContext, 'text'>): Question[] {
  const { text } = context;
  return [
    {
      key: 'plan',
      section: { id: 'plan', title: text.sectionPlan },
      counted: false,
      afterAnswers: true,
      answered: () => false,
      ask: (walk) => askPlan(walk),
    },
  ];
}

async function askPlan(context: WalkContext): Promise<'next' | 'back' | 'menu'> {
  const { prompter, draft, text } = context;
  for (;;) {
    const before = await draft.score();
    if (!('result' in before)) {
      prompter.say(`\n${text.planCannotScore}`);
      return 'next';
    }
    const chosen = await askTarget(context, before.result);
    if (chosen === 'back' || chosen === 'menu') return chosen;
    if (chosen === 'skip') return 'next';
    if (draft.get(['target']) !== chosen) {
      draft.set(['target'], chosen);
      await draft.save();
    }
    const scored = await draft.score();
    if (!('result' in scored) || !scored.result.pathToTarget) return 'next';
    try {
      await askGaps(context, scored.result);
      return 'next';
    } catch (cause) {
      // Esc at the first gap: back to the level aimed for.
      if (!(cause instanceof GoBack)) throw cause;
    }
  }
}

/** The level aimed for: the file's `target:` offered first, else the next level up. */
async function askTarget(context: WalkContext, result: Result): Promise<string | 'skip' | 'back' | 'menu'> {
  const { prompter, draft, text, lang } = context;
  const inFile = draft.get(['target']);
  const fileTarget = typeof inFile === 'string' && result.levels.some((level) => level.id === inFile) ? inFile : undefined;
  const nextUp = result.pathToNextLevel?.target ?? result.levels.at(-1)?.id;
  const proposed = fileTarget ?? nextUp;
  const label = (id: string | undefined) => {
    const level = id === undefined ? undefined : levelById(result, id);
    return level ? levelLabel(level, lang) : '';
  };
  prompter.say(`\n${text.planIntro}`);
  const question = fileTarget !== undefined ? text.planTargetFromFile(label(fileTarget)) : text.planTargetNextUp(label(nextUp));
  const choices = [
    ...result.levels.map((level) => ({ value: level.id, name: text.planTargetChoice(levelLabel(level, lang), level.threshold) })),
    { value: SKIP_PLAN, name: text.planSkip },
    ...navigationChoices(text),
  ];
  const answer = await prompter.select<string>(question, choices, proposed !== undefined ? { default: proposed } : {});
  const nav = navigationOutcome(answer);
  if (nav === 'back' || nav === 'menu') return nav;
  return answer === SKIP_PLAN ? 'skip' : answer;
}

const EDIT = 'edit';
const KEEP = 'keep';
const REST = 'rest';

/** Each indicator gap on the path to the target, one after another; Esc goes back one step. */
async function askGaps(context: WalkContext, result: Result): Promise<void> {
  const { prompter, text, lang, catalogue } = context;
  const path = result.pathToTarget!;
  const target = levelById(result, path.target);
  const targetLabel = target ? levelLabel(target, lang) : path.target;
  if (path.reached) {
    prompter.say(text.planTargetReached(targetLabel));
    return;
  }
  const onPath = new Set(path.gaps);
  const gaps = result.gaps.filter((gap): gap is IndicatorGap => gap.kind === 'indicator' && onPath.has(gap.id));
  if (gaps.length === 0) {
    prompter.say(text.planNoIndicatorGaps(targetLabel));
    return;
  }
  prompter.say(text.planPath(targetLabel, formatPointsNeeded(path.pointsNeeded), gaps.length));
  const indicators = new Map(catalogue.indicatorList.map((indicator) => [indicator.id, indicator]));
  let index = 0;
  while (index < gaps.length) {
    const gap = gaps[index]!;
    try {
      const outcome = await askGap(context, gap, indicators.get(gap.id), { index: index + 1, total: gaps.length });
      if (outcome === 'rest') return;
      index++;
    } catch (cause) {
      if (!(cause instanceof GoBack) || index === 0) throw cause;
      index--;
    }
  }
}

async function askGap(context: WalkContext, gap: IndicatorGap, indicator: IndicatorEntry | undefined, position: { index: number; total: number }): Promise<'next' | 'rest'> {
  const { prompter, draft, text, lang } = context;
  const c = new Chalk({ level: context.colorLevel });
  const { colon } = punctuation(lang);
  prompter.say(`\n${c.bold(`[${position.index}/${position.total}] ${gap.title[lang]}`)}${c.dim(`  ${text.planGain(formatGain(gap.gain))}  ${gap.id}`)}`);
  const existing = planItemOf(draft.get(['plan', gap.id]));
  if (Object.keys(existing).length > 0) prompter.say(`${c.cyan(text.planExisting)}${colon}${describeItem(context, existing)}`);
  const whatNow = await prompter.select<string>(
    text.planGapQuestion,
    [
      { value: EDIT, name: Object.keys(existing).length > 0 ? text.planEdit : text.planFill },
      { value: KEEP, name: Object.keys(existing).length > 0 ? text.planKeep : text.planSkipOne },
      ...(position.index < position.total ? [{ value: REST, name: text.planSkipRest(position.total - position.index) }] : []),
    ],
    { default: EDIT },
  );
  if (whatNow === REST) return 'rest';
  if (whatNow === KEEP) return 'next';

  // Field by field, each saved at once; Esc at a field goes back to the one before.
  let field = 0;
  while (field < FIELDS.length) {
    try {
      await askField(context, gap.id, FIELDS[field]!, indicator);
      field++;
    } catch (cause) {
      if (!(cause instanceof GoBack) || field === 0) throw cause;
      field--;
    }
  }
  return 'next';
}

async function askField(context: WalkContext, id: string, field: Field, indicator: IndicatorEntry | undefined): Promise<void> {
  const { prompter, draft, text, lang } = context;
  const current = planItemOf(draft.get(['plan', id]));
  let value: string | undefined;
  if (field === 'status') {
    value = await prompter.select<PlanStatus>(
      text.planStatus,
      (['todo', 'doing', 'done'] as const).map((status) => ({ value: status, name: planText(lang).status[status] })),
      { default: current.status ?? 'todo' },
    );
  } else if (field === 'due') {
    const typed = await prompter.input(text.planDue, {
      ...(current.due ? { default: current.due } : {}),
      validate: (input) => (input.trim() === '' || parseTypedDate(input) !== undefined ? true : text.planDueInvalid),
    });
    value = typed.trim() === '' ? undefined : parseTypedDate(typed);
  } else {
    const suggested = field === 'action' ? (current.action ?? suggestedAction(indicator, text.planActionPrefix, lang)) : current.owner;
    const message = field === 'action' ? (suggested ? text.planActionWithDefault : text.planAction) : text.planOwner;
    value = (await prompter.input(message, suggested ? { default: suggested } : {})).trim() || undefined;
  }
  // Only what changed is written, that key alone, so a block entry keeps its layout, its comments and
  // its note; nothing typed never removes what the file has. A status alone plans nothing: not written.
  if (value === undefined || value === current[field]) return;
  if (field === 'status' && Object.keys(current).length === 0) return;
  if (draft.get(['plan', id]) === null || draft.get(['plan', id]) === undefined) draft.set(['plan', id], { [field]: value });
  else draft.set(['plan', id, field], value);
  await draft.save();
}

/** "Have ready to show: A; B; C", from the records the auditor asks to see; nothing without records. */
function suggestedAction(indicator: IndicatorEntry | undefined, prefix: string, lang: Lang): string | undefined {
  if (!indicator || indicator.evidence.length === 0) return undefined;
  const { colon, clauses } = punctuation(lang);
  return `${prefix}${colon}${clauses(indicator.evidence.map((record) => record[lang]))}`;
}

interface PlanFields {
  action?: string;
  owner?: string;
  due?: string;
  status?: PlanStatus;
  note?: string;
}

function planItemOf(raw: unknown): PlanFields {
  if (!raw || typeof raw !== 'object') return {};
  const item = raw as Record<string, unknown>;
  const fields: PlanFields = {};
  if (typeof item.action === 'string' && item.action) fields.action = item.action;
  if (typeof item.owner === 'string' && item.owner) fields.owner = item.owner;
  if (typeof item.due === 'string' && item.due) fields.due = item.due;
  if (item.status === 'todo' || item.status === 'doing' || item.status === 'done') fields.status = item.status;
  if (typeof item.note === 'string' && item.note) fields.note = item.note;
  return fields;
}

function describeItem(context: WalkContext, item: PlanFields): string {
  const { text } = context;
  const status = planText(context.lang).status;
  const parts = [
    item.action ? safeText(item.action) : undefined,
    item.owner ? text.planOwnerIs(safeText(item.owner)) : undefined,
    item.due ? text.planDueIs(item.due) : undefined,
    item.status ? status[item.status] : undefined,
    item.note ? text.planNoteIs(safeText(item.note)) : undefined,
  ].filter((part): part is string => part !== undefined);
  return punctuation(context.lang).clauses(parts);
}
