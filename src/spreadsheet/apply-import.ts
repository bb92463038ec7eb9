import type { RawAnswer } from '../model/assessment.js';
import { PLAN_FIELDS, type PlanEntry } from './sheet-extras.js';
import type { CoverKey, SheetImport } from './read-sheets.js';

type Path = readonly (string | number)[];

/** The part of the assessment draft import needs: values read and written in place, comments kept. */
export interface EditableAssessment {
  get(keys: Path): unknown;
  set(keys: Path, value: unknown): void;
  remove(keys: Path): void;
}

/**
 * Writes what the sheets carry into the assessment, changing only values that differ in meaning
 * from what the file says: `{ result: met }` and `met` are the same answer, a note with a trailing
 * space the same note. So an export imported unchanged leaves the file byte for byte as it was,
 * and one changed answer is a one-line diff. Returns the paths that changed.
 */
export function applyImport(draft: EditableAssessment, imported: SheetImport): string[] {
  const changed: string[] = [];
  const put = (keys: Path, value: unknown) => {
    draft.set(keys, value);
    changed.push(keys.join('.'));
  };
  const drop = (keys: Path) => {
    if (draft.get(keys) === undefined) return;
    draft.remove(keys);
    changed.push(keys.join('.'));
  };

  for (const [key, located] of Object.entries(imported.cover) as Array<[CoverKey, { value: unknown }]>) {
    if (key === 'catalogue') continue;
    const keys = key.split('.');
    const before = draft.get(keys);
    const value = located.value;
    if (same(before, value)) continue;
    // Optional top-level fields go away when emptied; the company's keep their key with no value.
    if (value === null && (key === 'assessedOn' || key === 'target' || key === 'auditDate' || key === 'specialBonus')) drop(keys);
    else put(keys, value);
  }

  for (const { id, value } of imported.answers) {
    if (canonicalAnswer(draft.get(['answers', id])) !== canonicalAnswer(value)) put(['answers', id], value);
  }

  for (const { id, value } of imported.plan) applyPlan(draft, id, value, put, drop);

  for (const { id, value } of imported.eligibility) {
    const before = draft.get(['eligibility', id]);
    if (same(before, value)) continue;
    put(['eligibility', id], value);
  }

  for (const { id, value } of imported.documents) {
    const before = draft.get(['documents', id]);
    if (canonicalDocument(before) === canonicalDocument(value)) continue;
    put(['documents', id], value && !value.note && !value.files ? value.status : value);
  }

  if (imported.deductions) {
    const before = draft.get(['specialDeductions']);
    const list = Array.isArray(before) ? before.map((text) => String(text).trim()) : [];
    if (JSON.stringify(list) !== JSON.stringify(imported.deductions)) {
      if (imported.deductions.length === 0 && before === undefined) return changed;
      put(['specialDeductions'], imported.deductions);
    }
  }
  return changed;
}

function applyPlan(draft: EditableAssessment, id: string, carried: Partial<Record<keyof PlanEntry, string | null>>, put: (keys: Path, value: unknown) => void, drop: (keys: Path) => void): void {
  const before = draft.get(['plan', id]);
  const existing = before && typeof before === 'object' ? (before as Record<string, unknown>) : undefined;
  const merged: Record<string, string> = {};
  for (const field of PLAN_FIELDS) {
    const value = field in carried ? carried[field] : existing?.[field];
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value === null || value === undefined ? '' : String(value).trim();
    if (text !== '') merged[field] = text;
  }
  if (Object.keys(merged).length === 0) {
    drop(['plan', id]);
    return;
  }
  if (!existing) {
    put(['plan', id], merged);
    return;
  }
  // Field by field, so an entry written as a block keeps its shape and its comments.
  for (const field of PLAN_FIELDS) {
    if (!(field in carried)) continue;
    const old = existing[field];
    const oldText = old instanceof Date ? old.toISOString().slice(0, 10) : old === null || old === undefined ? '' : String(old).trim();
    if (oldText === (merged[field] ?? '')) continue;
    if (merged[field] === undefined) drop(['plan', id, field]);
    else put(['plan', id, field], merged[field]);
  }
}

function same(before: unknown, after: unknown): boolean {
  const norm = (value: unknown) =>
    value === undefined || value === null || value === '' ? null : value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value.trim() : value;
  return norm(before) === norm(after);
}

/** An answer reduced to its meaning, for comparing what the file says with what the sheet says. */
export function canonicalAnswer(raw: unknown): string {
  if (raw === null || raw === undefined || raw === '') return 'null';
  const extras = (object: Record<string, unknown>) => ({
    note: typeof object.note === 'string' && object.note.trim() !== '' ? object.note.trim() : null,
    evidence: Array.isArray(object.evidence) ? object.evidence.map((path) => String(path).trim()).filter((path) => path !== '') : [],
  });
  const result = (value: unknown) => String(value).replace(/\s+/g, '');
  if (typeof raw !== 'object') return JSON.stringify({ result: result(raw), note: null, evidence: [] });
  const object = raw as Record<string, unknown>;
  if ('na' in object) return JSON.stringify({ na: String(object.na ?? '').trim(), ...extras(object) });
  if ('managers' in object) return JSON.stringify({ managers: Number(object.managers), certified: Number(object.certified), ...extras(object) });
  return JSON.stringify({ result: result(object.result), ...extras(object) });
}

function canonicalDocument(raw: unknown): string {
  if (raw === null || raw === undefined) return 'null';
  if (typeof raw === 'string') return JSON.stringify({ status: raw, note: null, files: [] });
  const object = raw as Record<string, unknown>;
  return JSON.stringify({
    status: object.status,
    note: typeof object.note === 'string' && object.note.trim() !== '' ? object.note.trim() : null,
    files: Array.isArray(object.files) ? object.files.map((file) => String(file).trim()).filter((file) => file !== '') : [],
  });
}

export type { RawAnswer };
