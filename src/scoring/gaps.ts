import type { IndicatorEntry } from '../model/catalogue.js';
import { Rational } from '../model/rational.js';
import type { Gap, IndicatorResult } from '../model/result.js';
import { pointsToScore, type ScoreInputs } from './score-formula.js';

/**
 * Every applicable indicator not fully met (unanswered ones included: they are not demonstrated),
 * and every special deduction, each with what closing it adds to the score: 100 × lost points /
 * applicable points for an indicator, 1 for a deduction. The effect on the formula, before the
 * score is clamped to [0, 100], so gains add up and rank truly even at the ends of the scale.
 * Ranked by that gain; equal gains keep catalogue order, indicators before deductions.
 */
export function findGaps(indicators: readonly IndicatorResult[], entries: ReadonlyMap<string, IndicatorEntry>, inputs: ScoreInputs, deductions: readonly string[]): Gap[] {
  const gaps: Gap[] = [];
  for (const result of indicators) {
    if (!result.applicable || result.lostPoints.isZero()) continue;
    const entry = entries.get(result.id);
    if (!entry) throw new Error(`indicator ${result.id} has no catalogue entry`);
    gaps.push({
      kind: 'indicator',
      id: result.id,
      title: result.title,
      state: result.state,
      lostPoints: result.lostPoints,
      gain: pointsToScore(result.lostPoints, inputs.applicablePoints),
      criteria: entry.criteria,
      evidence: entry.evidence,
      improve: entry.improve,
    });
  }
  deductions.forEach((text, index) => {
    gaps.push({ kind: 'special-deduction', id: deductionId(index), text, gain: Rational.ONE });
  });
  // Array.prototype.sort is stable, so equal gains keep the order built above.
  return gaps.sort((a, b) => b.gain.compare(a.gain));
}

export function deductionId(index: number): string {
  return `special-deduction-${index + 1}`;
}
