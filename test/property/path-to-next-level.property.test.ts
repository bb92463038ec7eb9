import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/model/assessment.js';
import { searchShortestPath, shortestPath, type Candidate } from '../../src/scoring/path-to-next-level.js';
import { Rational } from '../../src/model/rational.js';
import type { Result } from '../../src/model/result.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import { buildAssessment, buildCatalogue } from '../helpers/build-assessment.js';

/** Every subset, the slow and obviously right way: the reference the search must agree with. */
function bruteForce(candidates: Candidate[], need: Rational, deductionsToRemove: number) {
  let best: { size: number; sum: Rational } | null = null;
  for (let mask = 0; mask < 1 << candidates.length; mask++) {
    const chosen = candidates.filter((_, i) => mask & (1 << i));
    const sum = Rational.sum(chosen.map((c) => c.effect));
    const deductions = chosen.filter((c) => c.isDeduction).length;
    if (!sum.gte(need) || deductions < deductionsToRemove) continue;
    if (!best || chosen.length < best.size || (chosen.length === best.size && sum.compare(best.sum) < 0)) best = { size: chosen.length, sum };
  }
  return best;
}

const candidateList = fc
  .array(fc.record({ effect: fc.integer({ min: 1, max: 12 }), den: fc.constantFrom(1, 2, 3, 7), isDeduction: fc.boolean() }), { maxLength: 11 })
  .map((raw) => raw.map((c, i) => ({ id: `g${i}`, effect: c.isDeduction ? Rational.ONE : Rational.of(BigInt(c.effect), BigInt(c.den)), isDeduction: c.isDeduction })));

describe('shortest path to the next level', () => {
  it('finds a set of the same size and the same least total as trying every subset', () => {
    fc.assert(
      fc.property(candidateList, fc.integer({ min: -3, max: 40 }), fc.integer({ min: 0, max: 3 }), (candidates, needInt, deductionsToRemove) => {
        const need = Rational.int(needInt);
        const expected = bruteForce(candidates, need, deductionsToRemove);
        const found = shortestPath({ candidates, need, deductionsToRemove });
        if (expected === null) {
          expect(found).toBeNull();
          return;
        }
        expect(found).not.toBeNull();
        const chosen = candidates.filter((c) => found!.includes(c.id));
        expect(chosen.length).toBe(expected.size);
        expect(Rational.sum(chosen.map((c) => c.effect)).compare(expected.sum)).toBe(0);
        expect(Rational.sum(chosen.map((c) => c.effect)).gte(need)).toBe(true);
        expect(chosen.filter((c) => c.isDeduction).length).toBeGreaterThanOrEqual(deductionsToRemove);
      }),
      { numRuns: 300 },
    );
  });

  it('stays fast on a full catalogue of equal gaps (the search runs over groups, not subsets)', () => {
    const candidates = Array.from({ length: 40 }, (_, i) => ({ id: `g${i}`, effect: Rational.of(5n, 2n), isDeduction: false }));
    const found = shortestPath({ candidates, need: Rational.int(50), deductionsToRemove: 0 });
    expect(found).toHaveLength(20);
  });
});

/**
 * The path checked against the scorer itself rather than the search's own arithmetic: answer the
 * path's indicators met and drop its deductions, score again, and the target level must be reached;
 * no smaller set of gaps reaches it, and no other set of the same size leaves a lower score (the
 * least total gain).
 */
describe('the path, re-scored', () => {
  const answer: fc.Arbitrary<Answer> = fc.oneof(
    fc.constant<Answer>({ kind: 'met' }),
    fc.constant<Answer>({ kind: 'unmet' }),
    fc.constant<Answer>({ kind: 'unanswered' }),
    fc.constant<Answer>({ kind: 'na', reason: 'not involved' }),
    fc.integer({ min: 1, max: 6 }).chain((total) => fc.integer({ min: 0, max: total }).map((conforming): Answer => ({ kind: 'samples', conforming, total }))),
  );
  const scenario = fc.record({
    rows: fc.array(fc.record({ points: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom(0.5, 1.25, 2.1, 3.3)), answer }), { minLength: 1, maxLength: 8 }),
    deductions: fc.integer({ min: 0, max: 6 }),
  });

  function scoreWith(rows: Array<{ points: number; answer: Answer }>, deductions: string[], close: ReadonlySet<string> = new Set()) {
    const catalogue = buildCatalogue(rows.map((row) => ({ points: row.points })));
    const answers = rows.map((row, index) => (close.has(`item.i${index}`) ? ({ kind: 'met' } as Answer) : row.answer));
    const kept = deductions.filter((_, index) => !close.has(`special-deduction-${index + 1}`));
    return scoreAssessment(buildAssessment(catalogue, answers, { specialDeductions: kept }));
  }

  const rank = (result: Result, level: string | null) => (level === null ? -1 : result.levels.findIndex((candidate) => candidate.id === level));
  const reaches = (result: Result, target: string) => rank(result, result.certifiableLevel) >= rank(result, target);

  it('closing the path reaches the target, nothing smaller does, and nothing as small leaves less', () => {
    fc.assert(
      fc.property(scenario, ({ rows, deductions: count }) => {
        const deductions = Array.from({ length: count }, (_, index) => `d${index}`);
        const before = scoreWith(rows, deductions);
        const path = before.pathToNextLevel;
        if (!path) return;
        const all = before.gaps.map((gap) => gap.id);
        if (path.gaps.length === 0 && !path.reachable) {
          expect(reaches(scoreWith(rows, deductions, new Set(all)), path.target)).toBe(false);
          return;
        }
        const after = scoreWith(rows, deductions, new Set(path.gaps));
        expect(reaches(after, path.target)).toBe(true);
        expect(after.score.compare(path.scoreAfter)).toBe(0);
        expect(path.leastTotalExact).toBe(true);
        for (let mask = 0; mask < 1 << all.length; mask++) {
          const subset = all.filter((_, i) => mask & (1 << i));
          if (subset.length > path.gaps.length) continue;
          const other = scoreWith(rows, deductions, new Set(subset));
          if (!reaches(other, path.target)) continue;
          expect(subset.length).toBe(path.gaps.length);
          expect(other.score.gte(after.score)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('the path in a custom catalogue of many near-equal points', () => {
  // 32 indicators of 100 to 105 points (two decimals, scattered): the old exact search took
  // seconds at 24 and never finished at 28.
  let seed = 7;
  const hundredths = Array.from({ length: 32 }, () => 10_000 + Math.floor(((seed = (seed * 16807) % 2147483647) / 2147483647) * 500));
  const rows = hundredths.map((points) => ({ points: points / 100 }));
  const catalogue = buildCatalogue(rows);
  const metCount = 6;

  it('is found at once and is the fewest gaps', () => {
    const started = Date.now();
    const result = scoreAssessment(
      buildAssessment(
        catalogue,
        rows.map((_, index) => (index < metCount ? { kind: 'met' } : { kind: 'unmet' })),
      ),
    );
    expect(Date.now() - started).toBeLessThan(5000);
    const path = result.pathToNextLevel!;
    // Independent count, in whole hundredths: the fewest unmet indicators whose points reach 70% of the total.
    const total = hundredths.reduce((sum, points) => sum + points, 0);
    let have = hundredths.slice(0, metCount).reduce((sum, points) => sum + points, 0);
    const missing = hundredths.slice(metCount).sort((a, b) => b - a);
    let fewest = 0;
    while (have * 100 < 70 * total) have += missing[fewest++]!;
    expect(path.target).toBe('compliant');
    expect(path.gaps).toHaveLength(fewest);
    expect(reachesTarget(catalogue, rows.length, metCount, path.gaps, path.target)).toBe(true);
  }, 60_000);

  it('says so when the search for the least total stops at its step limit, and still gives the fewest', () => {
    const candidates = Array.from({ length: 30 }, (_, i) => ({ id: `g${i}`, effect: Rational.of(BigInt(1000 + ((i * 37) % 101)), 100n), isDeduction: false }));
    const need = Rational.int(150);
    const stopped = searchShortestPath({ candidates, need, deductionsToRemove: 0 }, 5)!;
    const full = searchShortestPath({ candidates, need, deductionsToRemove: 0 })!;
    expect(stopped.leastTotalExact).toBe(false);
    expect(full.leastTotalExact).toBe(true);
    expect(stopped.ids).toHaveLength(full.ids.length);
    const total = (ids: string[]) => Rational.sum(candidates.filter((c) => ids.includes(c.id)).map((c) => c.effect));
    expect(total(stopped.ids).gte(need)).toBe(true);
    expect(total(full.ids).compare(total(stopped.ids))).toBeLessThanOrEqual(0);
  });

  it('stays exact on ordinary catalogues', () => {
    const found = searchShortestPath({
      candidates: Array.from({ length: 10 }, (_, i) => ({ id: `g${i}`, effect: Rational.int(i + 1), isDeduction: false })),
      need: Rational.int(20),
      deductionsToRemove: 0,
    });
    expect(found!.leastTotalExact).toBe(true);
    expect(found!.ids).toHaveLength(3);
  });
});

function reachesTarget(catalogue: ReturnType<typeof buildCatalogue>, count: number, metCount: number, close: string[], target: string): boolean {
  const closed = new Set(close);
  const result = scoreAssessment(
    buildAssessment(
      catalogue,
      Array.from({ length: count }, (_, index) => (index < metCount || closed.has(`item.i${index}`) ? { kind: 'met' } : { kind: 'unmet' })),
    ),
  );
  const order = result.levels.map((level) => level.id);
  return result.certifiableLevel !== null && order.indexOf(result.certifiableLevel) >= order.indexOf(target);
}
