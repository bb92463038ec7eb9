/**
 * The fields of the assessment file that the plan work (issue 14) adds: the target level, the
 * audit date and the plan, keyed by indicator id. Read from the file's data so export and import
 * carry them whatever else the loader does with them.
 */
export interface PlanEntry {
  action?: string;
  owner?: string;
  due?: string;
  status?: string;
  note?: string;
}

export const PLAN_FIELDS = ['action', 'owner', 'due', 'status', 'note'] as const;

export interface SheetExtras {
  target?: string;
  auditDate?: string;
  plan: Record<string, PlanEntry>;
}

export function extrasOf(data: unknown): SheetExtras {
  const record = (data ?? {}) as Record<string, unknown>;
  const extras: SheetExtras = { plan: {} };
  if (typeof record.target === 'string') extras.target = record.target;
  const auditDate = dateText(record.auditDate);
  if (auditDate) extras.auditDate = auditDate;
  const plan = record.plan;
  if (plan && typeof plan === 'object') {
    for (const [id, raw] of Object.entries(plan as Record<string, unknown>)) {
      if (!raw || typeof raw !== 'object') continue;
      const entry: PlanEntry = {};
      for (const field of PLAN_FIELDS) {
        const value = (raw as Record<string, unknown>)[field];
        const text = field === 'due' ? dateText(value) : typeof value === 'string' ? value : undefined;
        if (text !== undefined && text !== '') entry[field] = text;
      }
      extras.plan[id] = entry;
    }
  }
  return extras;
}

/** A date as the file holds it: YAML may have read 2027-02-28 as a string or, with another schema, a Date. */
function dateText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return undefined;
}
