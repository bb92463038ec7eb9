import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/model/assessment.js';
import { Rational } from '../../src/model/rational.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import { buildAssessment, buildCatalogue, closeGaps, met, samples, unmet } from '../helpers/build-assessment.js';

const LEVELS = [
  { id: 'compliant', threshold: 70 },
  { id: '3star', threshold: 80 },
  { id: '4star', threshold: 90 },
  { id: '5star', threshold: 95 },
];

/**
 * The fewest gaps that make the target certifiable, by trying every subset of gaps: closing an
 * indicator earns its lost points, removing a deduction takes one off; the score is recomputed
 * from the formula as written in the standard, not with the engine's code.
 */
function bruteForce(points: number[], earned: Rational[], deductions: number, threshold: number): number | null {
  const lost = points.map((p, i) => Rational.int(p).sub(earned[i]!));
  const gapIndices = lost.flatMap((l, i) => (l.isZero() ? [] : [i]));
  const total = Rational.int(points.reduce((a, b) => a + b, 0));
  const items = [...gapIndices.map((i) => ({ kind: 'indicator' as const, i })), ...Array.from({ length: deductions }, () => ({ kind: 'deduction' as const, i: -1 }))];
  let best: number | null = null;
  for (let mask = 0; mask < 1 << items.length; mask++) {
    const chosen = items.filter((_, k) => mask & (1 << k));
    let sum = Rational.sum(earned);
    for (const c of chosen) if (c.kind === 'indicator') sum = sum.add(lost[c.i]!);
    const left = deductions - chosen.filter((c) => c.kind === 'deduction').length;
    const raw = Rational.int(100).mul(sum).div(total).sub(Rational.int(left));
    const score = Rational.min(Rational.int(100), Rational.max(Rational.ZERO, raw));
    if (left > 4 || !score.gte(Rational.int(threshold))) continue;
    if (best === null || chosen.length < best) best = chosen.length;
  }
  return best;
}

const answerFor = (points: number) =>
  fc
    .oneof(
      fc.constant<Answer>(met),
      fc.constant<Answer>(unmet),
      fc.integer({ min: 1, max: 4 }).chain((total) => fc.integer({ min: 0, max: total }).map((ok) => samples(ok, total))),
    )
    .map((answer) => ({ answer, points }));

describe('the path to any target level', () => {
  it('has as few gaps as trying every subset, and reaches the target', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 7 })
          .chain((points) => fc.tuple(fc.tuple(...points.map(answerFor)), fc.integer({ min: 0, max: 6 }), fc.constantFrom(...LEVELS))),
        ([entries, deductions, level]) => {
          const points = entries.map((e) => e.points);
          const catalogue = buildCatalogue(points.map((p) => ({ points: p })));
          const loaded = buildAssessment(
            catalogue,
            entries.map((e) => e.answer),
            { specialDeductions: Array.from({ length: deductions }, (_, i) => `d${i}`), target: level.id },
          );
          const result = scoreAssessment(loaded);
          const earned = result.indicators.map((indicator) => indicator.earnedPoints);
          const expected = bruteForce(points, earned, deductions, level.threshold);
          const path = result.pathToTarget!;
          if (expected === 0) {
            expect(path.reached).toBe(true);
            return;
          }
          expect(path.reached).toBe(false);
          if (expected === null) {
            expect(path.reachable).toBe(false);
            return;
          }
          expect(path.gaps).toHaveLength(expected);
          // Re-scored with the path's gaps closed, not the path's own scoreAfter.
          const closed = closeGaps(
            entries.map((e) => e.answer),
            loaded.assessment.specialDeductions,
            path.gaps,
          );
          const after = scoreAssessment(buildAssessment(catalogue, closed.answers, { specialDeductions: closed.specialDeductions, target: level.id }));
          expect(after.score.gte(Rational.int(level.threshold))).toBe(true);
          expect(after.pathToTarget!.reached).toBe(true);
          expect(after.score.compare(path.scoreAfter)).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
