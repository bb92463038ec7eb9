import { Rational } from '../model/rational.js';
import type { Result } from '../model/result.js';
import { levelReached } from './levels.js';
import { computeScore } from './score-formula.js';

/**
 * The score and the level a certification would carry once the given indicator gaps are closed,
 * everything else as it is: the same formula as the result, from the result's own totals.
 */
export function projectClosing(result: Result, ids: ReadonlySet<string>): { score: Rational; level: string | null } {
  const closed = Rational.sum(result.gaps.flatMap((gap) => (gap.kind === 'indicator' && ids.has(gap.id) ? [gap.lostPoints] : [])));
  const score = computeScore({
    earnedPoints: result.earnedPoints.add(closed),
    applicablePoints: result.applicablePoints,
    specialDeductions: result.specialDeductions.length,
    specialBonus: result.specialBonus !== null,
  });
  const failed = score.lt(Rational.fromDecimal(result.failRule.minScore)) || result.specialDeductions.length > result.failRule.maxSpecialDeductions || !result.eligibility.passed;
  return { score, level: failed ? null : (levelReached(score, result.levels)?.id ?? null) };
}
