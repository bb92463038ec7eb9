import type { Answer } from '../model/assessment.js';
import type { IndicatorEntry } from '../model/catalogue.js';
import { Rational } from '../model/rational.js';
import type { IndicatorResult, IndicatorState } from '../model/result.js';

/**
 * One indicator's outcome. Met earns its points, unmet none, k of n samples earn points × k/n;
 * not applicable leaves the denominator; unanswered stays in it with nothing earned, as an auditor
 * counts what is not demonstrated.
 */
export function scoreIndicator(indicator: IndicatorEntry, answer: Answer): IndicatorResult {
  const points = Rational.fromDecimal(indicator.points);
  const applicable = answer.kind !== 'na';
  const earnedPoints = earned(points, answer);
  const result: IndicatorResult = {
    id: indicator.id,
    classId: indicator.classId,
    itemId: indicator.itemId,
    title: indicator.title,
    points,
    state: stateOf(answer),
    samples: answer.kind === 'samples' ? { conforming: answer.conforming, total: answer.total } : null,
    applicable,
    earnedPoints,
    lostPoints: applicable ? points.sub(earnedPoints) : Rational.ZERO,
    naReason: answer.kind === 'na' ? answer.reason : null,
    note: answer.kind !== 'unanswered' ? (answer.note ?? null) : null,
    evidence: answer.kind !== 'unanswered' ? (answer.evidence ?? []) : [],
  };
  return result;
}

function earned(points: Rational, answer: Answer): Rational {
  switch (answer.kind) {
    case 'met':
      return points;
    case 'samples':
      return points.mul(Rational.of(BigInt(answer.conforming), BigInt(answer.total)));
    case 'unmet':
    case 'na':
    case 'unanswered':
      return Rational.ZERO;
  }
}

function stateOf(answer: Answer): IndicatorState {
  switch (answer.kind) {
    case 'met':
      return 'met';
    case 'unmet':
      return 'not_met';
    case 'na':
      return 'not_applicable';
    case 'unanswered':
      return 'unanswered';
    case 'samples':
      if (answer.conforming === answer.total) return 'met';
      return answer.conforming === 0 ? 'not_met' : 'partially_met';
  }
}
