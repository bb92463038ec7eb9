import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import { Rational } from '../../src/model/rational.js';
import { buildAssessment, buildCatalogue, met, na, samples, unanswered, unmet } from '../helpers/build-assessment.js';

const exactly = (value: Rational, num: bigint, den = 1n) => expect(value.compare(Rational.of(num, den))).toBe(0);

describe('scoring, GB/T 27922 clause 6', () => {
  it('when every indicator is met, then the score is 100 and the level the highest', () => {
    const catalogue = buildCatalogue([{ points: 40 }, { points: 35 }, { points: 25 }]);
    const result = scoreAssessment(buildAssessment(catalogue, [met, met, met]));
    exactly(result.score, 100n);
    expect(result.level).toBe('5star');
    expect(result.failed).toBe(false);
    expect(result.gaps).toEqual([]);
    expect(result.pathToNextLevel).toBeNull();
  });

  it('when an indicator is not met, then it deducts its full points', () => {
    const catalogue = buildCatalogue([{ points: 90 }, { points: 10 }]);
    const result = scoreAssessment(buildAssessment(catalogue, [met, unmet]));
    exactly(result.score, 90n);
    expect(result.level).toBe('4star');
  });

  it('when k of n samples conform, then the indicator earns points × k/n', () => {
    const catalogue = buildCatalogue([{ points: 90 }, { points: 10 }]);
    const result = scoreAssessment(buildAssessment(catalogue, [met, samples(7, 10)]));
    exactly(result.score, 97n);
    expect(result.indicators[1]!.state).toBe('partially_met');
    exactly(result.indicators[1]!.earnedPoints, 7n);
  });

  it('when all samples conform, then the state is met; when none, not met', () => {
    const catalogue = buildCatalogue([{ points: 50 }, { points: 50 }]);
    const result = scoreAssessment(buildAssessment(catalogue, [samples(4, 4), samples(0, 3)]));
    expect(result.indicators.map((indicator) => indicator.state)).toEqual(['met', 'not_met']);
    exactly(result.score, 50n);
  });

  it('when an indicator is not applicable, then its points leave the denominator', () => {
    const catalogue = buildCatalogue([{ points: 60 }, { points: 20 }, { points: 20 }]);
    const result = scoreAssessment(buildAssessment(catalogue, [met, unmet, na]));
    exactly(result.applicablePoints, 80n);
    exactly(result.score, 75n);
    expect(result.indicators[2]!.state).toBe('not_applicable');
    expect(result.gaps.map((gap) => gap.id)).toEqual(['item.i1']);
  });

  it('when an indicator is unanswered, then it counts as not demonstrated, is listed, and the best case assumes it met', () => {
    const catalogue = buildCatalogue([{ points: 80 }, { points: 20 }]);
    const result = scoreAssessment(buildAssessment(catalogue, [met, unanswered]));
    exactly(result.score, 80n);
    exactly(result.bestCaseScore, 100n);
    expect(result.unanswered).toEqual(['item.i1']);
    expect(result.gaps[0]).toMatchObject({ id: 'item.i1', state: 'unanswered' });
  });

  it('when the score is exactly a threshold, then that level is reached (inclusive, no float drift)', () => {
    // 19 of 20 equal indicators: 100 × 19/20 = 95 exactly.
    const catalogue = buildCatalogue(Array.from({ length: 20 }, () => ({ points: 1.75 })));
    const result = scoreAssessment(buildAssessment(catalogue, [...Array.from({ length: 19 }, () => met), unmet]));
    exactly(result.score, 95n);
    expect(result.level).toBe('5star');
  });

  it('when the score is 69.99, then it fails; at 70 it is compliant', () => {
    const below = buildCatalogue([{ points: 6999 }, { points: 3001 }]);
    const failing = scoreAssessment(buildAssessment(below, [met, unmet]));
    exactly(failing.score, 6999n, 100n);
    expect(failing.level).toBeNull();
    expect(failing.failed).toBe(true);
    expect(failing.failReasons).toEqual([{ code: 'below-min-score', minScore: 70 }]);

    const at = buildCatalogue([{ points: 70 }, { points: 30 }]);
    const passing = scoreAssessment(buildAssessment(at, [met, unmet]));
    expect(passing.level).toBe('compliant');
    expect(passing.failed).toBe(false);
  });

  it('when there are special deductions, then each takes one point off the 100-point score', () => {
    const catalogue = buildCatalogue([{ points: 50 }, { points: 50 }]);
    const result = scoreAssessment(buildAssessment(catalogue, [met, met], { specialDeductions: ['a', 'b', 'c'] }));
    exactly(result.score, 97n);
    expect(result.level).toBe('5star');
    expect(result.failed).toBe(false);
  });

  it('when there are 5 special deductions, then the assessment fails whatever its score; 4 do not fail', () => {
    const catalogue = buildCatalogue([{ points: 100 }]);
    const five = scoreAssessment(buildAssessment(catalogue, [met], { specialDeductions: ['1', '2', '3', '4', '5'] }));
    exactly(five.score, 95n);
    expect(five.level).toBe('5star');
    expect(five.failed).toBe(true);
    expect(five.certifiableLevel).toBeNull();
    expect(five.failReasons).toEqual([{ code: 'too-many-special-deductions', count: 5, max: 4 }]);

    const four = scoreAssessment(buildAssessment(catalogue, [met], { specialDeductions: ['1', '2', '3', '4'] }));
    expect(four.failed).toBe(false);
    expect(four.certifiableLevel).toBe('5star'); // 100 − 4 = 96
  });

  it('when a special bonus is given, then it adds one point, and the score is clamped to 100', () => {
    const catalogue = buildCatalogue([{ points: 90 }, { points: 10 }]);
    exactly(scoreAssessment(buildAssessment(catalogue, [met, unmet], { specialBonus: 'first in the industry' })).score, 91n);
    exactly(scoreAssessment(buildAssessment(catalogue, [met, met], { specialBonus: 'first in the industry' })).score, 100n);
  });

  it('when deductions exceed the score, then it is clamped to 0', () => {
    const catalogue = buildCatalogue([{ points: 1 }, { points: 99 }]);
    const result = scoreAssessment(buildAssessment(catalogue, [met, unmet], { specialDeductions: ['1', '2', '3'] }));
    exactly(result.score, 0n);
  });

  it('when an eligibility condition is false, then the assessment fails and the path names it as a blocker', () => {
    const catalogue = buildCatalogue([{ points: 100 }]);
    const requirements = { eligibility: [{ id: 'legal-entity', title: { zh: '法人', en: 'legal entity' }, why: { zh: '', en: '' } }], documents: [] };
    const result = scoreAssessment(buildAssessment(catalogue, [met], { eligibility: { 'legal-entity': false } }, requirements));
    expect(result.failed).toBe(true);
    expect(result.failReasons).toEqual([{ code: 'eligibility', conditions: ['legal-entity'] }]);
    // The score already reaches five stars: only the condition stands between it and a certificate.
    expect(result.pathToNextLevel).toMatchObject({ target: '5star', gaps: [], reachable: false, blockedBy: ['eligibility:legal-entity'] });
  });

  it('when deductions fail a high score, then the path leads to certification at the level the score reaches', () => {
    const catalogue = buildCatalogue([{ points: 88 }, { points: 12 }]);
    const result = scoreAssessment(buildAssessment(catalogue, [met, unmet], { specialDeductions: ['1', '2', '3', '4', '5'] }));
    exactly(result.score, 83n);
    expect(result.level).toBe('3star');
    expect(result.failed).toBe(true);
    expect(result.pathToNextLevel).toMatchObject({ target: '3star', gaps: ['special-deduction-1'], reachable: true });
    exactly(result.pathToNextLevel!.scoreAfter, 84n);
  });

  it('gives each gap its effect on the formula, so gains stay true when the score is clamped at 0 or 100', () => {
    const catalogue = buildCatalogue([{ points: 2 }, { points: 6 }, { points: 92 }]);
    const low = scoreAssessment(buildAssessment(catalogue, [met, unmet, unmet], { specialDeductions: ['1', '2', '3', '4', '5', '6', '7'] }));
    exactly(low.score, 0n); // 2 − 7 < 0, clamped
    expect(low.gaps.map((gap) => [gap.id, gap.gain.toNumber()])).toEqual([['item.i2', 92], ['item.i1', 6], ...Array.from({ length: 7 }, (_, i) => [`special-deduction-${i + 1}`, 1])]);
    expect(low.pathToNextLevel).toMatchObject({ target: 'compliant', gaps: ['item.i2', 'special-deduction-1', 'special-deduction-2', 'special-deduction-3'] });
    exactly(low.pathToNextLevel!.pointsNeeded, 75n); // 70 − (2 − 7)
  });

  it('ranks gaps by the score they would add, deductions among them', () => {
    const catalogue = buildCatalogue([{ points: 50 }, { points: 2 }, { points: 8 }, { points: 40 }]);
    const result = scoreAssessment(buildAssessment(catalogue, [met, unmet, samples(1, 2), met], { specialDeductions: ['late'] }));
    expect(result.gaps.map((gap) => gap.id)).toEqual(['item.i2', 'item.i1', 'special-deduction-1']);
    exactly(result.gaps[0]!.gain, 4n);
    exactly(result.gaps[1]!.gain, 2n);
    exactly(result.gaps[2]!.gain, 1n);
  });

  it('notes that a first certification is usually granted the lowest level', () => {
    const catalogue = buildCatalogue([{ points: 100 }]);
    const first = scoreAssessment(buildAssessment(catalogue, [met], { company: { name: 'x', firstCertification: true } }));
    expect(first.firstCertificationNote).toBe(true);
    const again = scoreAssessment(buildAssessment(catalogue, [met], { company: { name: 'x', firstCertification: false } }));
    expect(again.firstCertificationNote).toBe(false);
  });

  it('sums per class and per item over applicable indicators only', () => {
    const catalogue = buildCatalogue([{ points: 30 }, { points: 20 }]);
    const result = scoreAssessment(buildAssessment(catalogue, [samples(1, 3), na]));
    const klass = result.classes[0]!;
    exactly(klass.points, 50n);
    exactly(klass.applicablePoints, 30n);
    exactly(klass.earnedPoints, 10n);
    exactly(klass.percent!, 100n, 3n);
  });
});
