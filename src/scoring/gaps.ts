import type { IndicatorEntry } from '../catalogue/catalogue-types.js';
import { Rational } from './rational.js';
import type { Gap, IndicatorResult } from './result-types.js';
import { computeScore, type ScoreInputs } from './score-formula.js';

/**
 * Every applicable indicator not fully met (unanswered ones included: they are not demonstrated),
 * and every special deduction, each with what the score would gain if that one gap alone were
 * closed. Ranked by that gain; equal gains keep catalogue order, indicators before deductions.
 */
export function findGaps(
  indicators: readonly IndicatorResult[],
  entries: ReadonlyMap<string, IndicatorEntry>,
  inputs: ScoreInputs,
  deductions: readonly string[],
): Gap[] {
  const current = computeScore(inputs);
  const gaps: Gap[] = [];
  for (const result of indicators) {
    if (!result.applicable || result.lostPoints.isZero()) continue;
    const entry = entries.get(result.id);
    if (!entry) throw new Error(`indicator ${result.id} has no catalogue entry`);
    const closed = computeScore({ ...inputs, earnedPoints: inputs.earnedPoints.add(result.lostPoints) });
    gaps.push({
      kind: 'indicator',
      id: result.id,
      title: result.title,
      state: result.state,
      lostPoints: result.lostPoints,
      gain: closed.sub(current),
      criteria: entry.criteria,
      evidence: entry.evidence,
      improve: entry.improve,
    });
  }
  const withoutOne = computeScore({ ...inputs, specialDeductions: inputs.specialDeductions - 1 });
  deductions.forEach((text, index) => {
    gaps.push({ kind: 'special-deduction', id: deductionId(index), text, gain: withoutOne.sub(current) });
  });
  // Array.prototype.sort is stable, so equal gains keep the order built above.
  return gaps.sort((a, b) => b.gain.compare(a.gain));
}

export function deductionId(index: number): string {
  return `special-deduction-${index + 1}`;
}

export function totalGain(gaps: readonly Gap[]): Rational {
  return Rational.sum(gaps.map((gap) => gap.gain));
}
