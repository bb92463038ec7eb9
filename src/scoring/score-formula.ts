import { Rational } from '../model/rational.js';

const HUNDRED = Rational.int(100);

export interface ScoreInputs {
  earnedPoints: Rational;
  applicablePoints: Rational;
  specialDeductions: number;
  specialBonus: boolean;
}

/**
 * GB/T 27922 clause 6: earned points over applicable points, on 100; each special deduction −1 and
 * the one special bonus +1, outside that ratio (design decision: applied after rescaling, as
 * "outside the score" suggests); clamped to [0, 100].
 */
export function rawScore(inputs: ScoreInputs): Rational {
  const base = inputs.applicablePoints.isZero() ? Rational.ZERO : HUNDRED.mul(inputs.earnedPoints).div(inputs.applicablePoints);
  return base.sub(Rational.int(inputs.specialDeductions)).add(inputs.specialBonus ? Rational.ONE : Rational.ZERO);
}

export function clampScore(score: Rational): Rational {
  return Rational.min(HUNDRED, Rational.max(Rational.ZERO, score));
}

export function computeScore(inputs: ScoreInputs): Rational {
  return clampScore(rawScore(inputs));
}

/** What closing `lostPoints` adds to the unclamped score: 100 × lost / applicable. */
export function pointsToScore(lostPoints: Rational, applicablePoints: Rational): Rational {
  return applicablePoints.isZero() ? Rational.ZERO : HUNDRED.mul(lostPoints).div(applicablePoints);
}
