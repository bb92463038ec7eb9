import { Rational } from '../model/rational.js';
import type { BilingualText } from '../model/bilingual-text.js';
import type { IndicatorState, Result } from '../model/result.js';

export interface IndicatorChange {
  id: string;
  title: BilingualText;
  before: { state: IndicatorState; samples: { conforming: number; total: number } | null; earnedPoints: Rational } | null;
  after: { state: IndicatorState; samples: { conforming: number; total: number } | null; earnedPoints: Rational } | null;
  /** Points earned after minus before (an indicator new to the catalogue counts from 0). */
  pointsDelta: Rational;
}

export interface Regression {
  code: 'score-down' | 'level-down' | 'indicator-no-longer-met';
  id?: string;
}

/** Two results of the same company, before and after: what moved. Everything is read from the results. */
export interface Comparison {
  schemaVersion: 1;
  before: Snapshot;
  after: Snapshot;
  scoreDelta: Rational;
  /** Indicators whose answer or earned points changed, in the order of the newer catalogue. */
  changed: IndicatorChange[];
  gapsClosed: string[];
  gapsOpened: string[];
  documentsNowReady: string[];
  documentsNoLongerReady: string[];
  /** Plan items done now that were not before (or were not in the plan). */
  actionsCompleted: string[];
  /** Plan items not done whose due date moved later, or that are overdue now and were not before. */
  actionsSlipped: ActionSlip[];
  regressions: Regression[];
}

export interface ActionSlip {
  id: string;
  dueBefore: string | null;
  dueAfter: string | null;
  overdue: boolean;
}

interface Snapshot {
  file: string;
  assessedOn: string | null;
  catalogue: { id: string; version: string; contentHash: string };
  score: Rational;
  level: string | null;
  certifiableLevel: string | null;
  failed: boolean;
}

export function compareResults(before: Result, after: Result): Comparison {
  const old = new Map(before.indicators.map((indicator) => [indicator.id, indicator]));
  const ids = [...after.indicators.map((indicator) => indicator.id), ...before.indicators.filter((indicator) => !after.indicators.some((a) => a.id === indicator.id)).map((indicator) => indicator.id)];
  const fresh = new Map(after.indicators.map((indicator) => [indicator.id, indicator]));
  const changed: IndicatorChange[] = [];
  for (const id of ids) {
    const a = old.get(id);
    const b = fresh.get(id);
    const view = (indicator: typeof a) => (indicator ? { state: indicator.state, samples: indicator.samples, earnedPoints: indicator.earnedPoints } : null);
    const sameState = a?.state === b?.state && JSON.stringify(a?.samples) === JSON.stringify(b?.samples);
    const delta = (b?.earnedPoints ?? Rational.ZERO).sub(a?.earnedPoints ?? Rational.ZERO);
    if (a && b && sameState && delta.isZero()) continue;
    changed.push({ id, title: (b ?? a)!.title, before: view(a), after: view(b), pointsDelta: delta });
  }

  const gapIds = (result: Result) => new Set(result.gaps.map((gap) => (gap.kind === 'indicator' ? gap.id : `special-deduction:${gap.text}`)));
  const gapsBefore = gapIds(before);
  const gapsAfter = gapIds(after);
  const ready = (result: Result) => new Set(result.documents.entries.filter((entry) => entry.status === 'ready' || entry.status === 'na').map((entry) => entry.id));
  const readyBefore = ready(before);
  const readyAfter = ready(after);

  return {
    schemaVersion: 1,
    before: snapshot(before),
    after: snapshot(after),
    scoreDelta: after.score.sub(before.score),
    changed,
    // A gap "closes" only if its indicator is still there: one the newer catalogue dropped did not.
    gapsClosed: [...gapsBefore].filter((id) => !gapsAfter.has(id) && (id.startsWith('special-deduction:') || fresh.has(id))),
    gapsOpened: [...gapsAfter].filter((id) => !gapsBefore.has(id)),
    documentsNowReady: [...readyAfter].filter((id) => !readyBefore.has(id)),
    documentsNoLongerReady: [...readyBefore].filter((id) => !readyAfter.has(id)),
    ...planProgress(before, after),
    regressions: regressions(before, after, changed),
  };
}

/** The plan between two versions of the file: which actions were completed, which slipped. */
function planProgress(before: Result, after: Result): Pick<Comparison, 'actionsCompleted' | 'actionsSlipped'> {
  const old = new Map(before.plan.map((entry) => [entry.id, entry]));
  const actionsCompleted = after.plan.filter((entry) => entry.status === 'done' && old.get(entry.id)?.status !== 'done').map((entry) => entry.id);
  const actionsSlipped: ActionSlip[] = [];
  for (const entry of after.plan) {
    const earlier = old.get(entry.id);
    if (!earlier || entry.status === 'done') continue;
    const later = earlier.due !== null && entry.due !== null && entry.due > earlier.due;
    const nowOverdue = entry.overdue && !earlier.overdue;
    if (later || nowOverdue) actionsSlipped.push({ id: entry.id, dueBefore: earlier.due, dueAfter: entry.due, overdue: entry.overdue });
  }
  return { actionsCompleted, actionsSlipped };
}

/** What CI fails on with --baseline: a lower score, a lower level, a met indicator no longer met. */
function regressions(before: Result, after: Result, changed: IndicatorChange[]): Regression[] {
  const found: Regression[] = [];
  if (after.score.lt(before.score)) found.push({ code: 'score-down' });
  if (rank(after, after.certifiableLevel) < rank(before, before.certifiableLevel) || rank(after, after.level) < rank(before, before.level)) {
    found.push({ code: 'level-down' });
  }
  for (const change of changed) {
    if (change.before?.state === 'met' && change.after && change.after.state !== 'met') found.push({ code: 'indicator-no-longer-met', id: change.id });
  }
  return found;
}

/** A level's position (thresholds), −1 for none; compared by threshold so two catalogues can be compared. */
function rank(result: Result, level: string | null): number {
  return level === null ? -1 : (result.levels.find((candidate) => candidate.id === level)?.threshold ?? -1);
}

function snapshot(result: Result): Snapshot {
  return {
    file: result.file,
    assessedOn: result.assessedOn,
    catalogue: { id: result.catalogue.id, version: result.catalogue.version, contentHash: result.catalogue.contentHash },
    score: result.score,
    level: result.level,
    certifiableLevel: result.certifiableLevel,
    failed: result.failed,
  };
}
