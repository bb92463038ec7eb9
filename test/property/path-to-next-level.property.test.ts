import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortestPath, type Candidate } from '../../src/scoring/path-to-next-level.js';
import { Rational } from '../../src/model/rational.js';

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
