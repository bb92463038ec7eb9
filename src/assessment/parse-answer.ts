import type { IndicatorEntry } from '../model/catalogue.js';
import type { Answer, RawAnswer } from '../model/assessment.js';
import { readAnswerWord } from '../i18n/answer-words.js';

export type AnswerProblem =
  | { code: 'INVALID_ANSWER'; value: string; sampled: 'yes' | 'no'; na: 'yes' | 'no' }
  | { code: 'SAMPLES_INVALID'; value: string; problem: SamplesProblem | 'missing' }
  | { code: 'SAMPLES_NOT_ALLOWED'; value: string }
  | { code: 'NA_NOT_ALLOWED'; sampled: 'yes' | 'no' }
  | { code: 'NA_REASON_MISSING' }
  | { code: 'COUNTS_REQUIRED'; value: string }
  | { code: 'COUNTS_NOT_ALLOWED'; sampled: 'yes' | 'no'; na: 'yes' | 'no' }
  | { code: 'COUNTS_INVALID'; managers: number; certified: number };

/**
 * Turns what a person wrote for one indicator into an answer, checking it against what the
 * indicator allows: k/n only where the standard deducts by samples, N/A only where a company can
 * be uninvolved, and always with its reason. The schema already fixed the shape. The words are
 * read as people write them (符合, 部分符合 7/10, ７／１０: see answer-words.ts), in a YAML file and
 * in a spreadsheet alike; a mistake names only the forms this indicator takes.
 */
export function parseAnswer(raw: RawAnswer, indicator: IndicatorEntry): { answer: Answer } | { problem: AnswerProblem } {
  if (raw === null || raw === undefined) return { answer: { kind: 'unanswered' } };
  const extras: { note?: string; evidence?: string[] } = {};
  let result: string;
  if (typeof raw === 'object' && 'managers' in raw) {
    if (!indicator.counts) return { problem: { code: 'COUNTS_NOT_ALLOWED', ...takes(indicator) } };
    const { managers, certified } = raw;
    // The schema made both whole numbers ≥ 0; the certified are among the managers.
    if (certified > managers) return { problem: { code: 'COUNTS_INVALID', managers, certified } };
    return { answer: { kind: 'counts', managers, certified, ...copyExtras(raw, extras) } };
  }
  // A counted indicator is decided by the tool from the counts, never by a met/unmet guess.
  if (indicator.counts && !(typeof raw === 'object' && 'na' in raw)) {
    const value = typeof raw === 'string' ? raw : raw.result;
    return { problem: { code: 'COUNTS_REQUIRED', value } };
  }
  if (typeof raw === 'string') {
    result = raw;
  } else if ('na' in raw) {
    if (!indicator.naAllowed) return { problem: { code: 'NA_NOT_ALLOWED', sampled: takes(indicator).sampled } };
    const reason = (raw.na ?? '').trim();
    if (reason === '') return { problem: { code: 'NA_REASON_MISSING' } };
    return { answer: { kind: 'na', reason, ...copyExtras(raw, extras) } };
  } else {
    result = raw.result;
    copyExtras(raw, extras);
  }
  const word = readAnswerWord(result);
  switch (word.kind) {
    case 'met':
    case 'unmet':
      return { answer: { kind: word.kind, ...extras } };
    case 'ratio':
      return parseSamples(result, indicator, extras);
    case 'samples':
      // 部分符合 without the counts: say which counts, or that this indicator takes none.
      if (!indicator.sampled) return { problem: { code: 'SAMPLES_NOT_ALLOWED', value: result } };
      return { problem: { code: 'SAMPLES_INVALID', value: result, problem: 'missing' } };
    case 'na':
      // 不适用 alone: N/A takes its reason, written as { na: 理由 }, where the indicator allows it.
      return { problem: indicator.naAllowed ? { code: 'NA_REASON_MISSING' } : { code: 'NA_NOT_ALLOWED', sampled: takes(indicator).sampled } };
    case 'counts':
      return { problem: { code: 'COUNTS_NOT_ALLOWED', ...takes(indicator) } };
    default:
      return { problem: { code: 'INVALID_ANSWER', value: result, ...takes(indicator) } };
  }
}

/** Which forms an indicator takes besides met and unmet, for a message that offers only those. */
function takes(indicator: IndicatorEntry): { sampled: 'yes' | 'no'; na: 'yes' | 'no' } {
  return { sampled: indicator.sampled ? 'yes' : 'no', na: indicator.naAllowed ? 'yes' : 'no' };
}

function parseSamples(value: string, indicator: IndicatorEntry, extras: { note?: string; evidence?: string[] }) {
  if (!indicator.sampled) return { problem: { code: 'SAMPLES_NOT_ALLOWED', value } as const };
  const samples = readSamples(value);
  if ('problem' in samples) return { problem: { code: 'SAMPLES_INVALID', value, problem: samples.problem } as const };
  return { answer: { kind: 'samples', ...samples, ...extras } as Answer };
}

export type SamplesProblem = 'too-many' | 'zero' | 'negative' | 'fraction' | 'too-large';

/**
 * `k/n`, k samples conforming of n checked, as the file or a person writes it (７／１０ and 部分符合 7/10
 * too, see answer-words.ts): the one reading of it, for the loader and the questionnaire. Whole
 * numbers, 0 ≤ k ≤ n and n ≥ 1; a text of another shape is a fraction problem, as `7/10.5` is.
 */
export function readSamples(value: string): { conforming: number; total: number } | { problem: SamplesProblem } {
  const word = readAnswerWord(value);
  if (word.kind !== 'ratio') return { problem: 'fraction' };
  const conforming = Number(word.conforming);
  const total = Number(word.total);
  if (conforming < 0 || total < 0) return { problem: 'negative' };
  if (`${word.conforming}${word.total}`.includes('.') || !Number.isInteger(conforming) || !Number.isInteger(total)) return { problem: 'fraction' };
  // Beyond 2^53 a count is no longer exact (k > n could read as k = n): no audit samples that many.
  if (!Number.isSafeInteger(conforming) || !Number.isSafeInteger(total)) return { problem: 'too-large' };
  if (total === 0) return { problem: 'zero' };
  if (conforming > total) return { problem: 'too-many' };
  return { conforming, total };
}

function copyExtras(raw: { note?: string; evidence?: string[] }, into: { note?: string; evidence?: string[] }) {
  if (raw.note !== undefined && raw.note.trim() !== '') into.note = raw.note;
  if (raw.evidence !== undefined && raw.evidence.length > 0) into.evidence = raw.evidence;
  return into;
}
