import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/model/assessment.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import { Rational } from '../../src/model/rational.js';
import { buildAssessment, buildCatalogue, closeGaps } from '../helpers/build-assessment.js';

const answer: fc.Arbitrary<Answer> = fc.oneof(
  fc.constant<Answer>({ kind: 'met' }),
  fc.constant<Answer>({ kind: 'unmet' }),
  fc.constant<Answer>({ kind: 'unanswered' }),
  fc.constant<Answer>({ kind: 'na', reason: 'not involved' }),
  fc.integer({ min: 1, max: 20 }).chain((total) => fc.integer({ min: 0, max: total }).map((conforming): Answer => ({ kind: 'samples', conforming, total }))),
);

const points = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom(0.5, 1.25, 2.1, 3.3));

const scenario = fc.array(fc.record({ points, answer }), { minLength: 1, maxLength: 27 }).chain((rows) =>
  fc.record({
    rows: fc.constant(rows),
    deductions: fc.array(fc.string({ minLength: 1, maxLength: 5 }), { maxLength: 7 }),
    bonus: fc.boolean(),
    index: fc.nat({ max: rows.length - 1 }),
  }),
);

function score(rows: Array<{ points: number; answer: Answer }>, deductions: string[], bonus: boolean) {
  const catalogue = buildCatalogue(rows.map((row) => ({ points: row.points })));
  const extra = bonus ? { specialDeductions: deductions, specialBonus: 'bonus' } : { specialDeductions: deductions };
  return scoreAssessment(
    buildAssessment(
      catalogue,
      rows.map((row) => row.answer),
      extra,
    ),
  );
}

describe('scoring invariants', () => {
  it('the score stays within [0, 100], and the best case is never below it', () => {
    fc.assert(
      fc.property(scenario, ({ rows, deductions, bonus }) => {
        const result = score(rows, deductions, bonus);
        expect(result.score.gte(Rational.ZERO)).toBe(true);
        expect(result.score.compare(Rational.int(100))).toBeLessThanOrEqual(0);
        expect(result.bestCaseScore.gte(result.score)).toBe(true);
      }),
    );
  });

  it('meeting one more indicator never lowers the score', () => {
    fc.assert(
      fc.property(scenario, ({ rows, deductions, bonus, index }) => {
        const before = score(rows, deductions, bonus);
        const improved = rows.map((row, i) => (i === index ? { ...row, answer: { kind: 'met' } as Answer } : row));
        const after = score(improved, deductions, bonus);
        if (rows[index]!.answer.kind === 'na') return; // met and n/a are different questions
        expect(after.score.gte(before.score)).toBe(true);
      }),
    );
  });

  it('marking an unmet indicator not applicable never lowers the score', () => {
    fc.assert(
      fc.property(scenario, ({ rows, deductions, bonus, index }) => {
        const withUnmet = rows.map((row, i) => (i === index ? { ...row, answer: { kind: 'unmet' } as Answer } : row));
        const withNa = rows.map((row, i) => (i === index ? { ...row, answer: { kind: 'na', reason: 'x' } as Answer } : row));
        expect(score(withNa, deductions, bonus).score.gte(score(withUnmet, deductions, bonus).score)).toBe(true);
      }),
    );
  });

  it('closing the gaps of the path reaches the target level, re-scored with those gaps answered met', () => {
    fc.assert(
      fc.property(scenario, ({ rows, deductions, bonus }) => {
        const result = score(rows, deductions, bonus);
        const path = result.pathToNextLevel;
        if (!path?.reachable) return;
        // Not the path's own scoreAfter: the assessment is scored again, as it would be once the gaps are closed.
        const closed = closeGaps(
          rows.map((row) => row.answer),
          deductions,
          path.gaps,
        );
        const after = score(
          rows.map((row, index) => ({ ...row, answer: closed.answers[index]! })),
          closed.specialDeductions,
          bonus,
        );
        const target = result.levels.find((level) => level.id === path.target)!;
        expect(after.score.gte(Rational.fromDecimal(target.threshold))).toBe(true);
        const rank = (level: string | null) => result.levels.findIndex((candidate) => candidate.id === level);
        expect(rank(after.certifiableLevel)).toBeGreaterThanOrEqual(rank(path.target));
        expect(after.score.compare(path.scoreAfter)).toBe(0);
      }),
    );
  });

  it('the level is the highest whose threshold the score reaches', () => {
    fc.assert(
      fc.property(scenario, ({ rows, deductions, bonus }) => {
        const result = score(rows, deductions, bonus);
        const reached = result.levels.filter((level) => result.score.gte(Rational.fromDecimal(level.threshold)));
        expect(result.level).toBe(reached.at(-1)?.id ?? null);
      }),
    );
  });
});
