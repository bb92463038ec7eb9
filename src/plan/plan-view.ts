import type { Rational } from '../model/rational.js';
import type { PlanEntry, Result } from '../model/result.js';
import { projectClosing } from '../scoring/projection.js';
import { scheduleTimeline, type Milestone, type TimelineData } from './timeline.js';

export interface PlanViewItem extends PlanEntry {
  /** The score and level once this action and every one before it in the list are complete. */
  projectedScore: Rational;
  projectedLevel: string | null;
  /** Due after the application date of the timeline: too late to count at the audit. */
  afterApplication: boolean;
}

/** What `plan` shows, in every format: the plan by date, its projection, and the timeline. */
export interface PlanView {
  schemaVersion: 1;
  file: string;
  company: string;
  today: string;
  score: Rational;
  level: string | null;
  target: string | null;
  auditDate: string | null;
  items: PlanViewItem[];
  /** With every action complete. */
  projected: { score: Rational; level: string | null };
  overdue: string[];
  /** Gaps on the way to the target (or, without one, to the next level) with no plan item yet. */
  unplanned: string[];
  timeline: Milestone[] | null;
  applicationDate: string | null;
  groupedBy: 'owner' | 'month' | null;
  groups: Array<{ key: string | null; items: string[] }> | null;
}

export interface PlanViewOptions {
  today: string;
  auditDate?: string | undefined;
  by?: 'owner' | 'month' | undefined;
  timeline: TimelineData;
}

/**
 * The plan ordered by due date (undated last, then catalogue order), each action with the score and
 * level the company would have once it and all before it are complete.
 */
export function buildPlanView(result: Result, options: PlanViewOptions): PlanView {
  const auditDate = options.auditDate ?? result.auditDate;
  const lowest = result.levels[0]?.id;
  const starReview = result.company.firstCertification && result.target !== null && result.target !== lowest;
  const timeline = auditDate ? scheduleTimeline(options.timeline, auditDate, { starReview }) : null;
  const applicationDate = timeline?.find((milestone) => milestone.id === 'application')?.date ?? null;
  const closed = new Set<string>();
  const ordered = [...result.plan].sort((a, b) => (a.due ?? '9999-99-99').localeCompare(b.due ?? '9999-99-99'));
  const items = ordered.map((entry) => {
    if (entry.open) closed.add(entry.id);
    const projection = projectClosing(result, closed);
    return { ...entry, projectedScore: projection.score, projectedLevel: projection.level, afterApplication: applicationDate !== null && entry.due !== null && entry.due > applicationDate };
  });
  const planned = new Set(result.plan.map((entry) => entry.id));
  const path = result.pathToTarget ?? result.pathToNextLevel;
  const unplanned = (path?.gaps ?? []).filter((id) => !id.startsWith('special-deduction-') && !planned.has(id));
  return {
    schemaVersion: 1,
    file: result.file,
    company: result.company.name,
    today: options.today,
    score: result.score,
    level: result.certifiableLevel,
    target: result.target,
    auditDate: auditDate ?? null,
    items,
    projected: projectClosing(result, closed),
    overdue: items.filter((item) => item.overdue).map((item) => item.id),
    unplanned,
    timeline,
    applicationDate,
    groupedBy: options.by ?? null,
    groups: options.by ? groupItems(items, options.by) : null,
  };
}

/** Groups in order of first appearance in the dated list (so by month is chronological); no owner or no date last. */
function groupItems(items: readonly PlanViewItem[], by: 'owner' | 'month'): Array<{ key: string | null; items: string[] }> {
  const groups = new Map<string | null, string[]>();
  for (const item of items) {
    const key = by === 'owner' ? item.owner : (item.due?.slice(0, 7) ?? null);
    groups.set(key, [...(groups.get(key) ?? []), item.id]);
  }
  const keyed = [...groups.entries()].map(([key, ids]) => ({ key, items: ids }));
  return [...keyed.filter((group) => group.key !== null), ...keyed.filter((group) => group.key === null)];
}
