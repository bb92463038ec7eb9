import { Chalk } from 'chalk';
import { readAnswerWord } from '../i18n/answer-words.js';
import type { IndicatorEntry } from '../model/catalogue.js';
import { readSamples } from '../assessment/parse-answer.js';
import { messages } from '../i18n/messages.js';
import { punctuation } from '../i18n/punctuation.js';
import { criteriaText } from '../report/describe-gap.js';
import { judgeCounts } from '../scoring/indicator-results.js';
import { formatScore } from '../report/format.js';
import type { Question, WalkContext } from './question.js';
import { NAV, navigationChoices, navigationOutcome } from './question.js';

type Result = 'met' | 'unmet' | 'samples' | 'na' | 'counts';

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
  // A counted indicator (售后服务管理师) is decided from the two counts, never by a met/unmet guess.
  const verdicts = indicator.counts
    ? [{ value: 'counts', name: text.answerCounts }]
    : [
        { value: 'met', name: text.answerMet },
        // In the quick walk a note and evidence are asked for gaps only; a met answer gets them on request.
        ...(context.detail ? [] : [{ value: WITH_NOTE, name: text.answerMetWithNote }]),
        { value: 'unmet', name: text.answerUnmet },
      ];
  const choices = [
    ...verdicts,
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
  let counts: { managers: number; certified: number } | undefined;
  if (answer === 'counts') {
    counts = await askCounts(context, current.counts);
    gap = !judgeCounts(indicator.counts!, counts.managers, counts.certified).met;
  } else if (answer === 'samples') {
    const samples = await askSamples(context, current.samples);
    value = `${samples.conforming}/${samples.total}`;
    gap = samples.conforming < samples.total;
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
    if (counts !== undefined) draft.set(['answers', indicator.id], { ...counts, ...extras });
    else if (reason !== undefined) draft.set(['answers', indicator.id], { na: reason, ...extras });
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

/** 售后服务管理师: the service management staff, then the certified managers among them. */
async function askCounts(context: WalkContext, previous: { managers: number; certified: number } | undefined) {
  const { prompter, text } = context;
  const whole = (value: string) => /^\s*\d+\s*$/.test(value.normalize('NFKC'));
  const managersText = await prompter.input(text.countsManagers, {
    ...(previous ? { default: String(previous.managers) } : {}),
    validate: (value) => (whole(value) ? true : text.wholeNumber),
  });
  const managers = Number(managersText.normalize('NFKC'));
  const certifiedText = await prompter.input(text.countsCertified(managers), {
    ...(previous && previous.certified <= managers ? { default: String(previous.certified) } : {}),
    validate: (value) => (!whole(value) ? text.wholeNumber : Number(value.normalize('NFKC')) > managers ? text.countsTooMany : true),
  });
  return { managers, certified: Number(certifiedText.normalize('NFKC')) };
}

/** One prompt for a sample result: `7/10`, as typed with a Chinese input method too (`７／１０`). */
async function askSamples(context: WalkContext, previous: { conforming: number; total: number } | undefined): Promise<{ conforming: number; total: number }> {
  const { prompter, text } = context;
  const answer = await prompter.input(text.samplesPrompt, {
    ...(previous ? { default: `${previous.conforming}/${previous.total}` } : {}),
    validate: (value) => (parseSampleInput(value) ? true : text.samplesInvalid),
  });
  return parseSampleInput(answer)!;
}

/** `k/n` as the assessment file takes it, full-width digits and slash accepted as typed; undefined otherwise. */
export function parseSampleInput(value: string): { conforming: number; total: number } | undefined {
  const samples = readSamples(value.normalize('NFKC'));
  return 'problem' in samples ? undefined : samples;
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
  const ui = messages(lang).ui;
  const flags = [
    ...(indicator.clauses ? [ui.clauseReference(indicator.clauses.join(', '))] : []),
    text.indicatorPoints(String(indicator.points)),
    ...(indicator.sampled ? [text.sampledFlag] : []),
    ...(indicator.naAllowed ? [text.naFlag] : []),
  ];
  const { colon, paren, list } = punctuation(lang);
  prompter.say(c.bold(`${position.classTitle} › ${position.itemTitle} › ${indicator.title[lang]}`) + c.dim(`  ${paren(list(flags)).trimStart()}  ${indicator.id}`));
  prompter.say(`${c.cyan(text.criteria)}${colon}${criteriaText(indicator.criteria, indicator.wording, lang)}`);
  if (indicator.naAllowed && indicator.naWhen) prompter.say(`${c.cyan(text.naWhen)}${colon}${indicator.naWhen[lang]}`);
  prompter.say(`${c.cyan(text.evidence)}${colon}`);
  for (const record of indicator.evidence) prompter.say(`  · ${record[lang]}`);
}

interface CurrentAnswer {
  kind?: Result;
  counts?: { managers: number; certified: number };
  samples?: { conforming: number; total: number };
  reason?: string;
  note?: string;
  evidence: string[];
}

/** What the file already says for this indicator, to offer as the defaults. */
function currentAnswer(raw: unknown): CurrentAnswer {
  if (raw === null || raw === undefined) return { evidence: [] };
  const object = typeof raw === 'object' ? (raw as { result?: string; na?: string; note?: string; evidence?: string[]; managers?: number; certified?: number }) : undefined;
  const result = typeof raw === 'string' ? raw : object?.result;
  const base = { ...(object?.note ? { note: object.note } : {}), evidence: object?.evidence ?? [] };
  if (object?.na !== undefined) return { ...base, kind: 'na', reason: object.na };
  if (typeof object?.managers === 'number' && typeof object.certified === 'number') return { ...base, kind: 'counts', counts: { managers: object.managers, certified: object.certified } };
  // Read as score reads it: 符合 or ７／１０ typed into the file is the answer offered again.
  const word = result === undefined ? undefined : readAnswerWord(result);
  if (word?.kind === 'met' || word?.kind === 'unmet') return { ...base, kind: word.kind };
  const samples = result === undefined ? undefined : readSamples(result);
  if (samples && !('problem' in samples)) return { ...base, kind: 'samples', samples };
  return base;
}
