import { readAnswerWord } from '../i18n/answer-words.js';

/**
 * One answer as the page edits it, and the YAML value it becomes. The shapes written are the ones
 * the terminal questionnaire writes (questions-indicators.ts, questions-application.ts), so the same
 * answers given in either make the same file: a plain `met`, `unmet` or `7/10` when there is nothing
 * else, `{ result: unmet, note: … }` with a note or evidence, `{ na: reason }`, `{ managers, certified }`.
 */
export interface PageAnswer {
  kind: 'none' | 'met' | 'unmet' | 'samples' | 'na' | 'counts';
  conforming?: number;
  total?: number;
  managers?: number;
  certified?: number;
  reason?: string;
  note: string;
  evidence: string[];
}

export interface PageDocument {
  status: 'ready' | 'missing' | 'na' | null;
  note: string;
  files: string[];
}

export const PLAN_FIELDS = ['action', 'owner', 'due', 'status', 'note'] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];
export type PagePlan = Record<PlanField, string>;

type Raw = { result?: unknown; na?: unknown; note?: unknown; evidence?: unknown; managers?: unknown; certified?: unknown };

export function readAnswer(raw: unknown): PageAnswer {
  if (raw === null || raw === undefined) return { kind: 'none', note: '', evidence: [] };
  const object: Raw | undefined = typeof raw === 'object' ? (raw as Raw) : undefined;
  const base = { note: typeof object?.note === 'string' ? object.note : '', evidence: Array.isArray(object?.evidence) ? object.evidence.map(String) : [] };
  if (object?.na !== undefined) return { ...base, kind: 'na', reason: typeof object.na === 'string' ? object.na : '' };
  if (typeof object?.managers === 'number' && typeof object.certified === 'number') return { ...base, kind: 'counts', managers: object.managers, certified: object.certified };
  const result = typeof raw === 'string' ? raw : typeof object?.result === 'string' ? object.result : '';
  // Read as the loader reads it: 符合, 不符合, 部分符合 7/10, ７／１０ written by hand show as chosen.
  const word = readAnswerWord(result);
  if (word.kind === 'met' || word.kind === 'unmet') return { ...base, kind: word.kind };
  if (word.kind === 'ratio') return { ...base, kind: 'samples', conforming: Number(word.conforming), total: Number(word.total) };
  return { ...base, kind: 'none' };
}

/** The YAML value of an answer; null clears it (the questionnaire's "answer later"). */
export function answerValue(answer: PageAnswer): unknown {
  const note = answer.note.trim();
  const evidence = answer.evidence.map((entry) => entry.trim()).filter(Boolean);
  const extras = { ...(note ? { note } : {}), ...(evidence.length ? { evidence } : {}) };
  switch (answer.kind) {
    case 'none':
      return null;
    case 'counts':
      return { managers: answer.managers, certified: answer.certified, ...extras };
    case 'na':
      return { na: (answer.reason ?? '').trim(), ...extras };
    default: {
      const value = answer.kind === 'samples' ? `${answer.conforming}/${answer.total}` : answer.kind;
      return Object.keys(extras).length > 0 ? { result: value, ...extras } : value;
    }
  }
}

export function readDocument(raw: unknown): PageDocument {
  if (typeof raw === 'string') return { status: isStatus(raw) ? raw : null, note: '', files: [] };
  if (raw && typeof raw === 'object') {
    const entry = raw as { status?: unknown; note?: unknown; files?: unknown };
    return {
      status: typeof entry.status === 'string' && isStatus(entry.status) ? entry.status : null,
      note: typeof entry.note === 'string' ? entry.note : '',
      files: Array.isArray(entry.files) ? entry.files.map(String) : [],
    };
  }
  return { status: null, note: '', files: [] };
}

/** As the questionnaire writes a document: the bare status, or `{ status, note, files }` when it has more. */
export function documentValue(document: PageDocument): unknown {
  if (document.status === null) return null;
  const note = document.note.trim();
  const extras = { ...(note ? { note } : {}), ...(document.files.length > 0 ? { files: document.files } : {}) };
  return Object.keys(extras).length > 0 ? { status: document.status, ...extras } : document.status;
}

function isStatus(value: string): value is 'ready' | 'missing' | 'na' {
  return value === 'ready' || value === 'missing' || value === 'na';
}

export function readPlan(raw: unknown): PagePlan {
  const entry = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const text = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value === null || value === undefined ? '' : String(value));
  return { action: text(entry.action), owner: text(entry.owner), due: text(entry.due), status: text(entry.status), note: text(entry.note) };
}
