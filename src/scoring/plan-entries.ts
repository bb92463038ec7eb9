import type { Assessment } from '../model/assessment.js';
import { Rational } from '../model/rational.js';
import type { Gap, IndicatorResult, PathToNextLevel, PathToTarget, PlanEntry } from '../model/result.js';

/**
 * The file's plan items in catalogue order, each with the points its indicator still stands to
 * gain and whether it is on a path. `today` is passed in (scoring reads no clock); without it
 * nothing is judged overdue.
 */
export function planEntries(
  plan: Assessment['plan'],
  indicators: readonly IndicatorResult[],
  gaps: readonly Gap[],
  paths: { next: PathToNextLevel | null; target: PathToTarget | null },
  today: string | undefined,
): PlanEntry[] {
  const gapById = new Map(gaps.map((gap) => [gap.id, gap]));
  const onNext = new Set(paths.next?.gaps ?? []);
  const onTarget = new Set(paths.target?.gaps ?? []);
  return indicators.flatMap((indicator) => {
    const item = plan[indicator.id];
    if (!item) return [];
    const gap = gapById.get(indicator.id);
    const status = item.status ?? 'todo';
    const due = item.due ?? null;
    return [
      {
        id: indicator.id,
        title: indicator.title,
        action: item.action ?? null,
        owner: item.owner ?? null,
        due,
        status,
        note: item.note ?? null,
        // ISO dates compare as text.
        overdue: today !== undefined && due !== null && status !== 'done' && due < today,
        open: gap !== undefined,
        gain: gap?.gain ?? Rational.ZERO,
        onPathToNextLevel: onNext.has(indicator.id),
        onPathToTarget: onTarget.has(indicator.id),
      },
    ];
  });
}
