import { loadShippedData } from '../source/load-shipped-data.js';
import { addOffset, formatDate, parseDate } from './dates.js';

export type StepId = 'system-running' | 'manager-training' | 'documents' | 'self-evaluation' | 'application' | 'audit' | 'surveillance-1' | 'surveillance-2' | 'recertification';

interface Offset {
  months?: number;
  weeks?: number;
}

export interface TimelineData {
  format: 'gbt27922-timeline/1';
  steps: Array<{ id: StepId; from: 'audit' | 'application'; end: Offset; length?: Offset; basis: 'standard' | 'ours'; source?: string }>;
}

/** One step of the way to certification and after it, with its dates. */
export interface Milestone {
  id: StepId;
  /** First day of a step that lasts (null for a single date). */
  start: string | null;
  /** The day it happens, or its last day. */
  date: string;
  /** standard: a rule of certification (see `source`); ours: our default duration. */
  basis: 'standard' | 'ours';
  source: string | null;
  /** The first surveillance audit of a first certification aiming above the lowest level: when stars can be assessed. */
  starReview: boolean;
}

export function loadTimeline(): Promise<TimelineData> {
  return loadShippedData<TimelineData>('timeline.yaml', 'timeline');
}

/**
 * The steps dated back from the audit (and forward after it), in date order. A step counted from
 * the application is placed after the application is.
 */
export function scheduleTimeline(data: TimelineData, auditDate: string, options: { starReview: boolean }): Milestone[] {
  const anchors: Record<'audit' | 'application', string | undefined> = { audit: auditDate, application: undefined };
  const byFrom = [...data.steps].sort((a, b) => (a.from === b.from ? 0 : a.from === 'audit' ? -1 : 1));
  const milestones = byFrom.map((step) => {
    const anchor = anchors[step.from];
    if (anchor === undefined) throw new Error(`timeline: ${step.id} is counted from ${step.from}, which has no step`);
    const date = addOffset(anchor, step.end);
    if (step.id === 'application') anchors.application = date;
    const start = step.length ? addOffset(date, { months: -(step.length.months ?? 0), weeks: -(step.length.weeks ?? 0) }) : null;
    return { id: step.id, start, date, basis: step.basis, source: step.source ?? null, starReview: options.starReview && step.id === 'surveillance-1' };
  });
  return milestones.sort((a, b) => (a.start ?? a.date).localeCompare(b.start ?? b.date) || a.date.localeCompare(b.date));
}

/** Is this a real YYYY-MM-DD date? */
export function isDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && formatDate(parseDate(text)) === text;
}
