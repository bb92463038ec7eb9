import { Chalk } from 'chalk';
import type { IndicatorEntry } from '../model/catalogue.js';
import { punctuation } from '../i18n/punctuation.js';
import { formatScore } from '../report/format.js';
import type { Question, WalkContext } from './question.js';
import { NAV, navigationChoices, navigationOutcome } from './question.js';

type Result = 'met' | 'unmet' | 'samples' | 'na';

/** Class by class, item by item: the card an auditor would work from, then the answer. */
export function indicatorQuestions(context: Pick<WalkContext, 'catalogue' | 'lang'>): Question[] {
  const { catalogue, lang } = context;
  const total = catalogue.indicatorList.length;
  return catalogue.indicatorList.map((indicator, index) => {
    const klass = catalogue.classes.find((candidate) => candidate.id === indicator.classId)!;
    const item = klass.items.find((candidate) => candidate.id === indicator.itemId)!;
    return {
      key: `answers.${indicator.id}`,
      section: { id: `item:${item.id}`, title: `${klass.title[lang]} › ${item.title[lang]}` },
      counted: true,
      answered: (draft) => draft.has(['answers', indicator.id]),
      ask: (walk) => askIndicator(walk, indicator, { index: index + 1, total, classTitle: klass.title[lang], itemTitle: item.title[lang] }),
    };
  });
}

interface Position {
  index: number;
  total: number;
  classTitle: string;
  itemTitle: string;
}

async function askIndicator(context: WalkContext, indicator: IndicatorEntry, position: Position) {
  const { prompter, draft, text } = context;
  await showProgress(context, position);
  showCard(context, indicator, position);

  const current = currentAnswer(draft.get(['answers', indicator.id]));
  const choices = [
    { value: 'met', name: text.answerMet },
    // In the quick walk a note and evidence are asked for gaps only; a met answer gets them on request.
    ...(context.detail ? [] : [{ value: WITH_NOTE, name: text.answerMetWithNote }]),
    { value: 'unmet', name: text.answerUnmet },
    ...(indicator.sampled ? [{ value: 'samples', name: text.answerSamples }] : []),
    ...(indicator.naAllowed ? [{ value: 'na', name: text.answerNa }] : []),
    ...navigationChoices(text, { later: true }),
  ];
  // The cursor starts on the answer the file holds; with none, on "answer later", so that Enter
  // never records an answer nobody chose.
  const answer = await prompter.select<string>(text.indicatorQuestion, choices, { default: current.kind ?? NAV.later });
  const nav = navigationOutcome(answer);
  if (nav === 'back' || nav === 'menu') return nav;
  if (nav === 'later') {
    draft.set(['answers', indicator.id], null);
    await draft.save();
    return 'next';
  }

  let value: string | undefined;
  let reason: string | undefined;
  let gap = false;
  if (answer === 'samples') {
    value = await askSamples(context, current.samples);
    const [conforming, total] = value.split('/').map(Number);
    gap = conforming! < total!;
  } else if (answer === 'na') {
    reason = (await prompter.input(text.naReason, { ...(current.reason ? { default: current.reason } : {}), validate: (input) => (input.trim() ? true : text.required) })).trim();
  } else {
    value = answer === WITH_NOTE ? 'met' : answer;
    gap = value === 'unmet';
  }

  // Each step is on disk before the next prompt: Ctrl-C or a closed terminal at the note keeps the
  // answer just chosen (with the note and files the file already had, until they are replaced), and
  // the question asked again after Esc starts on it.
  let note = current.note ?? '';
  let evidence = current.evidence;
  const record = async () => {
    const extras = { ...(note ? { note } : {}), ...(evidence.length ? { evidence } : {}) };
    if (reason !== undefined) draft.set(['answers', indicator.id], { na: reason, ...extras });
    else if (Object.keys(extras).length > 0) draft.set(['answers', indicator.id], { result: value, ...extras });
    else draft.set(['answers', indicator.id], value);
    await draft.save();
  };
  await record();
  const askExtras = context.detail || gap || answer === WITH_NOTE || current.note !== undefined || current.evidence.length > 0;
  if (askExtras) {
    note = (await prompter.input(gap ? text.gapNote : text.note, current.note ? { default: current.note } : {})).trim();
    if (note !== (current.note ?? '')) await record();
    const evidenceText = await prompter.input(text.evidenceFiles, current.evidence.length ? { default: current.evidence.join(', ') } : {});
    evidence = evidenceText
      .split(/[,，;；、]/)
      .map((entry) => entry.trim())
      .filter(Boolean);
    await record();
  }
  return 'next' as const;
}

const WITH_NOTE = 'met+note';

/** One prompt for a sample result: `7/10`, as typed with a Chinese input method too (`７／１０`). */
async function askSamples(context: WalkContext, previous: { conforming: number; total: number } | undefined): Promise<string> {
  const { prompter, text } = context;
  const answer = await prompter.input(text.samplesPrompt, {
    ...(previous ? { default: `${previous.conforming}/${previous.total}` } : {}),
    validate: (value) => (parseSampleInput(value) ? true : text.samplesInvalid),
  });
  const parsed = parseSampleInput(answer)!;
  return `${parsed.conforming}/${parsed.total}`;
}

/** `k/n` with 0 ≤ k ≤ n and n ≥ 1, full-width digits and slash accepted; undefined otherwise. */
export function parseSampleInput(value: string): { conforming: number; total: number } | undefined {
  const match = /^\s*(\d+)\s*[/／]\s*(\d+)\s*$/.exec(value.normalize('NFKC'));
  if (!match) return undefined;
  const conforming = Number(match[1]);
  const total = Number(match[2]);
  if (!Number.isSafeInteger(total) || total < 1 || conforming > total) return undefined;
  return { conforming, total };
}

async function showProgress(context: WalkContext, position: Position) {
  const scored = await context.draft.score();
  const c = new Chalk({ level: context.colorLevel });
  if ('result' in scored) {
    context.prompter.say(c.dim(`\n${context.text.progress(position.index, position.total, formatScore(scored.result.score), formatScore(scored.result.bestCaseScore))}`));
  } else {
    context.prompter.say(c.dim(`\n[${position.index}/${position.total}]`));
  }
}

function showCard(context: WalkContext, indicator: IndicatorEntry, position: Position) {
  const { text, lang, prompter } = context;
  const c = new Chalk({ level: context.colorLevel });
  const flags = [text.indicatorPoints(String(indicator.points)), ...(indicator.sampled ? [text.sampledFlag] : []), ...(indicator.naAllowed ? [text.naFlag] : [])];
  const { colon, paren, list } = punctuation(lang);
  prompter.say(c.bold(`${position.classTitle} › ${position.itemTitle} › ${indicator.title[lang]}`) + c.dim(`  ${paren(list(flags)).trimStart()}  ${indicator.id}`));
  prompter.say(`${c.cyan(text.criteria)}${colon}${indicator.criteria[lang]}`);
  prompter.say(`${c.cyan(text.evidence)}${colon}`);
  for (const record of indicator.evidence) prompter.say(`  · ${record[lang]}`);
}

interface CurrentAnswer {
  kind?: Result;
  samples?: { conforming: number; total: number };
  reason?: string;
  note?: string;
  evidence: string[];
}

/** What the file already says for this indicator, to offer as the defaults. */
function currentAnswer(raw: unknown): CurrentAnswer {
  if (raw === null || raw === undefined) return { evidence: [] };
  const object = typeof raw === 'object' ? (raw as { result?: string; na?: string; note?: string; evidence?: string[] }) : undefined;
  const result = typeof raw === 'string' ? raw : object?.result;
  const base = { ...(object?.note ? { note: object.note } : {}), evidence: object?.evidence ?? [] };
  if (object?.na !== undefined) return { ...base, kind: 'na', reason: object.na };
  if (result === 'met' || result === 'unmet') return { ...base, kind: result };
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(result ?? '');
  if (match) return { ...base, kind: 'samples', samples: { conforming: Number(match[1]), total: Number(match[2]) } };
  return base;
}
