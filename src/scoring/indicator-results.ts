import type { Answer } from '../model/assessment.js';
import type { CountRule, IndicatorEntry } from '../model/catalogue.js';
import { Rational } from '../model/rational.js';
import type { CountsResult, IndicatorResult, IndicatorState } from '../model/result.js';

/**
 * One indicator's outcome. Met earns its points, unmet none, k of n samples earn points × k/n;
 * not applicable leaves the denominator; unanswered stays in it with nothing earned, as an auditor
 * counts what is not demonstrated.
 */
export function scoreIndicator(indicator: IndicatorEntry, answer: Answer): IndicatorResult {
  const points = Rational.fromDecimal(indicator.points);
  const applicable = answer.kind !== 'na';
  const counts = answer.kind === 'counts' && indicator.counts ? judgeCounts(indicator.counts, answer.managers, answer.certified) : null;
  const earnedPoints = counts ? (counts.met ? points : Rational.ZERO) : earned(points, answer);
  const result: IndicatorResult = {
    id: indicator.id,
    classId: indicator.classId,
    itemId: indicator.itemId,
    title: indicator.title,
    clauses: indicator.clauses ?? [],
    points,
    state: counts ? (counts.met ? 'met' : 'not_met') : stateOf(answer),
    samples: answer.kind === 'samples' ? { conforming: answer.conforming, total: answer.total } : null,
    counts,
    applicable,
    earnedPoints,
    lostPoints: applicable ? points.sub(earnedPoints) : Rational.ZERO,
    naReason: answer.kind === 'na' ? answer.reason : null,
    note: answer.kind !== 'unanswered' ? (answer.note ?? null) : null,
    evidence: answer.kind !== 'unanswered' ? (answer.evidence ?? []) : [],
  };
  return result;
}

/**
 * 售后服务管理师 (GB/T 27922-2011 5.1.2.2): the certified managers must reach minPercent % of the
 * service management staff, and minCount (at least one); a qualitative requirement, so it is met
 * or not (no proportional credit). The number required is rounded up: 10 % of 12 people is 2.
 */
export function judgeCounts(rule: CountRule, managers: number, certified: number): CountsResult {
  const share = Rational.fromDecimal(rule.minPercent).mul(Rational.of(BigInt(managers), 100n));
  // Denominators are positive, so ceiling division of whole numbers: (n + d − 1) / d.
  const byShare = (share.num + share.den - 1n) / share.den;
  const required = Math.max(rule.minCount, Number(byShare));
  return { managers, certified, required, minPercent: rule.minPercent, minCount: rule.minCount, met: certified >= required };
}

function earned(points: Rational, answer: Answer): Rational {
  switch (answer.kind) {
    case 'met':
      return points;
    case 'samples':
      return points.mul(Rational.of(BigInt(answer.conforming), BigInt(answer.total)));
    case 'counts': // judged by judgeCounts; parseAnswer accepts counts only where the catalogue counts
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
    case 'counts':
      return 'unanswered';
    case 'samples':
      if (answer.conforming === answer.total) return 'met';
      return answer.conforming === 0 ? 'not_met' : 'partially_met';
  }
}
