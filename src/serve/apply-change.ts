import type { ApplicationRequirements } from '../model/application.js';
import type { Catalogue } from '../model/catalogue.js';
import type { AssessmentDraft } from '../questionnaire/assessment-draft.js';
import { answerValue, documentValue, PLAN_FIELDS, readDocument, readPlan, type PageAnswer, type PlanField } from './page-values.js';

/**
 * One change the page asks for. The page sends what a person set in one control; the draft is
 * edited in place (comments and layout kept), then checked by the same loader as `score`.
 */
export type Change =
  | { kind: 'company'; field: 'name'; value: string }
  | { kind: 'company'; field: 'employees'; value: number | null }
  | { kind: 'company'; field: 'firstCertification'; value: boolean | null }
  | { kind: 'target'; value: string | null }
  | { kind: 'auditDate'; value: string | null }
  | { kind: 'eligibility'; id: string; value: boolean | null }
  | { kind: 'document'; id: string; status: 'ready' | 'missing' | 'na' | null; note: string }
  | { kind: 'answer'; id: string; answer: PageAnswer }
  | { kind: 'plan'; id: string; field: PlanField; value: string }
  | { kind: 'deductions'; value: string[] }
  | { kind: 'bonus'; value: string };

/** Why a request is not a change this page could have sent: a message for SERVE_BAD_REQUEST. */
export class BadChange extends Error {}

const isText = (value: unknown, max = 10_000): value is string => typeof value === 'string' && value.length <= max;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** The request body as a Change, or BadChange naming what is wrong; ids must be the file's catalogue's. */
export function parseChange(body: unknown, catalogue: Catalogue, requirements: ApplicationRequirements): Change {
  if (!body || typeof body !== 'object') throw new BadChange('not an object');
  const change = body as Record<string, unknown>;
  const need = (ok: boolean, what: string) => {
    if (!ok) throw new BadChange(what);
  };
  switch (change.kind) {
    case 'company':
      if (change.field === 'name') need(isText(change.value, 500), 'company.name');
      else if (change.field === 'employees') need(change.value === null || isCount(change.value), 'company.employees');
      else if (change.field === 'firstCertification') need(change.value === null || typeof change.value === 'boolean', 'company.firstCertification');
      else need(false, 'company field');
      break;
    case 'target':
      need(change.value === null || (isText(change.value) && catalogue.levels.some((level) => level.id === change.value)), 'target');
      break;
    case 'auditDate':
      need(change.value === null || isText(change.value, 40), 'auditDate');
      break;
    case 'eligibility':
      need(
        requirements.eligibility.some((condition) => condition.id === change.id),
        'eligibility id',
      );
      need(change.value === null || typeof change.value === 'boolean', 'eligibility value');
      break;
    case 'document':
      need(
        requirements.documents.some((document) => document.id === change.id),
        'document id',
      );
      need(change.status === null || change.status === 'ready' || change.status === 'missing' || change.status === 'na', 'document status');
      need(isText(change.note, 2000), 'document note');
      break;
    case 'answer': {
      const indicator = catalogue.indicatorList.find((candidate) => candidate.id === change.id);
      need(indicator !== undefined, 'indicator id');
      const answer = change.answer as Record<string, unknown> | undefined;
      need(Boolean(answer) && typeof answer === 'object', 'answer');
      need(['none', 'met', 'unmet', 'samples', 'na', 'counts'].includes(answer!.kind as string), 'answer kind');
      need(isText(answer!.note), 'note');
      need(Array.isArray(answer!.evidence) && (answer!.evidence as unknown[]).every((entry) => isText(entry, 1000)) && (answer!.evidence as unknown[]).length <= 200, 'evidence');
      // The numbers go to the file as typed; the loader judges them (SAMPLES_INVALID, COUNTS_INVALID), as it would in a file.
      if (answer!.kind === 'samples') need(isCount(answer!.conforming) && isCount(answer!.total), 'samples');
      if (answer!.kind === 'counts') need(isCount(answer!.managers) && isCount(answer!.certified), 'counts');
      if (answer!.kind === 'na') need(isText(answer!.reason, 2000), 'na reason');
      break;
    }
    case 'plan':
      need(
        catalogue.indicatorList.some((indicator) => indicator.id === change.id),
        'plan id',
      );
      need(PLAN_FIELDS.includes(change.field as PlanField), 'plan field');
      need(isText(change.value, 2000), 'plan value');
      break;
    case 'deductions':
      need(Array.isArray(change.value) && change.value.length <= 100 && change.value.every((entry) => isText(entry, 2000)), 'deductions');
      break;
    case 'bonus':
      need(isText(change.value, 2000), 'bonus');
      break;
    default:
      need(false, 'kind');
  }
  return change as unknown as Change;
}

/** Makes the change in the draft (not yet saved). */
export function applyChange(draft: AssessmentDraft, change: Change): void {
  switch (change.kind) {
    case 'company':
      draft.set(['company', change.field], typeof change.value === 'string' ? change.value.trim() : change.value);
      return;
    case 'target':
    case 'auditDate': {
      const value = change.value?.trim() || null;
      if (value === null) draft.remove([change.kind]);
      else draft.set([change.kind], value);
      return;
    }
    case 'eligibility':
      draft.set(['eligibility', change.id], change.value);
      return;
    case 'document': {
      // Files the file already lists stay; the page edits the status and the note.
      const before = readDocument(draft.get(['documents', change.id]));
      draft.set(['documents', change.id], documentValue({ status: change.status, note: change.note, files: before.files }));
      return;
    }
    case 'answer':
      draft.set(['answers', change.id], answerValue(change.answer));
      return;
    case 'plan':
      applyPlanField(draft, change.id, change.field, change.value.trim());
      return;
    case 'deductions':
      draft.set(['specialDeductions'], change.value.map((entry) => entry.trim()).filter(Boolean));
      return;
    case 'bonus':
      draft.set(['specialBonus'], change.value.trim() || null);
      return;
  }
}

/**
 * A plan entry field by field, so an entry written as a block keeps its shape and comments; an
 * entry left with nothing is removed, as the spreadsheet import does.
 */
function applyPlanField(draft: AssessmentDraft, id: string, field: PlanField, value: string): void {
  const before = readPlan(draft.get(['plan', id]));
  const merged = { ...before, [field]: value };
  const kept = Object.fromEntries(PLAN_FIELDS.filter((name) => merged[name] !== '').map((name) => [name, merged[name]]));
  if (Object.keys(kept).length === 0) {
    draft.remove(['plan', id]);
    return;
  }
  const existing = draft.get(['plan', id]);
  if (!existing || typeof existing !== 'object') {
    draft.set(['plan', id], kept);
    return;
  }
  if (value === '') draft.remove(['plan', id, field]);
  else draft.set(['plan', id, field], value);
}
