import { describe, expect, it } from 'vitest';
import { Rational } from '../../src/model/rational.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import { buildAssessment, buildCatalogue, met, samples, unmet } from '../helpers/build-assessment.js';

// Points 6, 6, 5, 2, 2, 3 and 76 more met: 100 in all.
const catalogue = buildCatalogue([{ points: 6 }, { points: 6 }, { points: 5 }, { points: 2 }, { points: 2 }, { points: 3 }, { points: 76 }]);
// 78.0: 6 + 6 + 5 + 2 + 2 lost, 1 of 3 lost on the sampled one.
const at78 = [unmet, unmet, unmet, unmet, unmet, samples(2, 3), met];

describe('the target level', () => {
  it('when a company at 78.0 aims for 4star, then it is 12 points short and the fewest gaps are the two of 6', () => {
    const result = scoreAssessment(buildAssessment(catalogue, at78), { target: '4star' });
    expect(result.score.toFixedDown(1)).toBe('78.0');
    expect(result.target).toBe('4star');
    const path = result.pathToTarget!;
    expect(path.reached).toBe(false);
    expect(path.pointsNeeded.compare(Rational.int(12))).toBe(0);
    expect([...path.gaps].sort()).toEqual(['item.i0', 'item.i1']);
    expect(path.scoreAfter.compare(Rational.int(90))).toBe(0);
    // The path to the next level stays beside it, to 3star.
    expect(result.pathToNextLevel!.target).toBe('3star');
  });

  it('when the flag names a target, then it wins over the file', () => {
    const result = scoreAssessment(buildAssessment(catalogue, at78, { target: '5star' }), { target: '3star' });
    expect(result.target).toBe('3star');
    expect(scoreAssessment(buildAssessment(catalogue, at78, { target: '5star' })).target).toBe('5star');
  });

  it('when the target is already reached, then nothing is missing', () => {
    const result = scoreAssessment(buildAssessment(catalogue, at78, { target: 'compliant' }));
    expect(result.pathToTarget).toMatchObject({ reached: true, gaps: [], clearFirst: [] });
    expect(result.pathToTarget!.pointsNeeded.isZero()).toBe(true);
  });

  it('when there is no target, then there is no path to it', () => {
    const result = scoreAssessment(buildAssessment(catalogue, at78));
    expect(result.target).toBeNull();
    expect(result.pathToTarget).toBeNull();
  });

  it('when the assessment fails on deductions, then the deductions the fail rule demands are cleared first', () => {
    const deductions = ['a', 'b', 'c', 'd', 'e', 'f'];
    const result = scoreAssessment(buildAssessment(catalogue, at78, { target: '3star', specialDeductions: deductions }));
    expect(result.failed).toBe(true);
    const path = result.pathToTarget!;
    // 6 deductions, at most 4 allowed: two must go; the score 72 needs 8 more for 3star.
    expect(path.clearFirst).toHaveLength(2);
    expect(path.clearFirst.every((id) => id.startsWith('special-deduction-'))).toBe(true);
    expect(path.gaps).toEqual(expect.arrayContaining(path.clearFirst));
    expect(path.scoreAfter.gte(Rational.int(80))).toBe(true);
  });

  it('when an eligibility condition fails, then it is to be cleared first and points alone do not reach the target', () => {
    const result = scoreAssessment(
      buildAssessment(catalogue, at78, { target: '3star', eligibility: { 'legal-entity': false } }, {
        eligibility: [{ id: 'legal-entity', title: { zh: '法人', en: 'legal entity' } }],
        documents: [],
      } as never),
    );
    expect(result.pathToTarget!.clearFirst).toContain('eligibility:legal-entity');
    expect(result.pathToTarget!.reachable).toBe(false);
  });

  it('when a first certification aims above the lowest level, then the first-certification rule is stated', () => {
    const first = scoreAssessment(buildAssessment(catalogue, at78, { target: '4star', company: { name: 'x', firstCertification: true } }));
    expect(first.pathToTarget!.firstCertificationRule).toBe(true);
    const compliant = scoreAssessment(buildAssessment(catalogue, at78, { target: 'compliant', company: { name: 'x', firstCertification: true } }));
    expect(compliant.pathToTarget!.firstCertificationRule).toBe(false);
    const renewal = scoreAssessment(buildAssessment(catalogue, at78, { target: '4star', company: { name: 'x', firstCertification: false } }));
    expect(renewal.pathToTarget!.firstCertificationRule).toBe(false);
  });
});

describe('the plan in the result', () => {
  const plan = {
    'item.i0': { action: 'knowledge base', owner: 'Wang', due: '2027-03-31', status: 'doing' as const },
    'item.i2': { action: 'drop test', owner: 'Wang', due: '2026-11-30' },
    'item.i6': { action: 'keep it', due: '2026-01-01', status: 'done' as const },
  };

  it('when today is past a due date of an item not done, then that item is overdue, and only that one', () => {
    const result = scoreAssessment(buildAssessment(catalogue, at78, { plan }), { today: '2026-12-01' });
    const byId = Object.fromEntries(result.plan.map((entry) => [entry.id, entry]));
    expect(byId['item.i2']).toMatchObject({ overdue: true, status: 'todo', open: true });
    expect(byId['item.i0']!.overdue).toBe(false);
    expect(byId['item.i6']).toMatchObject({ overdue: false, open: false });
    expect(result.planCheckedOn).toBe('2026-12-01');
  });

  it('when the due date is today, then it is not yet overdue; without a today nothing is', () => {
    expect(scoreAssessment(buildAssessment(catalogue, at78, { plan }), { today: '2026-11-30' }).plan.find((e) => e.id === 'item.i2')!.overdue).toBe(false);
    expect(scoreAssessment(buildAssessment(catalogue, at78, { plan })).plan.some((e) => e.overdue)).toBe(false);
  });

  it('when an answer changes, then the plan item stays, with the points it is worth updated', () => {
    const before = scoreAssessment(buildAssessment(catalogue, at78, { plan, target: '4star' }));
    const after = scoreAssessment(buildAssessment(catalogue, [met, ...at78.slice(1)], { plan, target: '4star' }));
    const item = (r: typeof before) => r.plan.find((e) => e.id === 'item.i0')!;
    expect(item(before)).toMatchObject({ action: 'knowledge base', open: true, onPathToTarget: true });
    expect(item(before).gain.compare(Rational.int(6))).toBe(0);
    expect(item(after)).toMatchObject({ action: 'knowledge base', open: false });
    expect(item(after).gain.isZero()).toBe(true);
  });
});
