import type { IndicatorEntry } from '../model/catalogue.js';
import type { Answer, RawAnswer } from '../model/assessment.js';

export type AnswerProblem =
  | { code: 'SAMPLES_INVALID'; value: string; problem: 'too-many' | 'zero' | 'negative' | 'fraction' | 'too-large' }
  | { code: 'SAMPLES_NOT_ALLOWED'; value: string }
  | { code: 'NA_NOT_ALLOWED' }
  | { code: 'NA_REASON_MISSING' };

const SAMPLES = /^\s*(-?\d+(?:\.\d+)?)\s*\/\s*(-?\d+(?:\.\d+)?)\s*$/;

/**
 * Turns what a person wrote for one indicator into an answer, checking it against what the
 * indicator allows: k/n only where the standard deducts by samples, N/A only where a company can
 * be uninvolved, and always with its reason. The schema already fixed the shape.
 */
export function parseAnswer(raw: RawAnswer, indicator: IndicatorEntry): { answer: Answer } | { problem: AnswerProblem } {
  if (raw === null || raw === undefined) return { answer: { kind: 'unanswered' } };
  const extras: { note?: string; evidence?: string[] } = {};
  let result: string;
  if (typeof raw === 'string') {
    result = raw;
  } else if ('na' in raw) {
    if (!indicator.naAllowed) return { problem: { code: 'NA_NOT_ALLOWED' } };
    const reason = (raw.na ?? '').trim();
    if (reason === '') return { problem: { code: 'NA_REASON_MISSING' } };
    return { answer: { kind: 'na', reason, ...copyExtras(raw, extras) } };
  } else {
    result = raw.result;
    copyExtras(raw, extras);
  }
  if (result === 'met' || result === 'unmet') return { answer: { kind: result, ...extras } };
  return parseSamples(result, indicator, extras);
}

function parseSamples(value: string, indicator: IndicatorEntry, extras: { note?: string; evidence?: string[] }) {
  const match = SAMPLES.exec(value);
  const conforming = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!indicator.sampled) return { problem: { code: 'SAMPLES_NOT_ALLOWED', value } as const };
  const invalid = (problem: 'too-many' | 'zero' | 'negative' | 'fraction' | 'too-large') => ({ problem: { code: 'SAMPLES_INVALID', value, problem } }) as const;
  if (conforming < 0 || total < 0) return invalid('negative');
  if (value.includes('.') || !Number.isInteger(conforming) || !Number.isInteger(total)) return invalid('fraction');
  // Beyond 2^53 a count is no longer exact (k > n could read as k = n): no audit samples that many.
  if (!Number.isSafeInteger(conforming) || !Number.isSafeInteger(total)) return invalid('too-large');
  if (total === 0) return invalid('zero');
  if (conforming > total) return invalid('too-many');
  return { answer: { kind: 'samples', conforming, total, ...extras } as Answer };
}

function copyExtras(raw: { note?: string; evidence?: string[] }, into: { note?: string; evidence?: string[] }) {
  if (raw.note !== undefined && raw.note.trim() !== '') into.note = raw.note;
  if (raw.evidence !== undefined && raw.evidence.length > 0) into.evidence = raw.evidence;
  return into;
}
