import type { Catalogue } from '../model/catalogue.js';
import { nextLevel } from './levels.js';
import { candidatesFrom, searchShortestPath } from './path-to-next-level.js';
import { Rational } from '../model/rational.js';
import type { Gap, LevelInfo, PathToNextLevel, PathToTarget } from '../model/result.js';
import { computeScore, rawScore, type ScoreInputs } from './score-formula.js';

/** What every path is computed from: the same for the next level and for any target. */
export interface PathContext {
  levels: readonly LevelInfo[];
  inputs: ScoreInputs;
  gaps: readonly Gap[];
  failRule: Catalogue['failRule'];
  /** Eligibility conditions answered no: points cannot fix them. */
  ineligible: readonly string[];
}

/**
 * The way to the level above the one a certification would carry now. A failed assessment first
 * needs to become certifiable: its path leads to the level its score reaches (or the lowest one).
 */
export function pathToNextLevel(certifiable: string | null, reached: string | null, failed: boolean, context: PathContext): PathToNextLevel | null {
  const target = failed ? (context.levels.find((level) => level.id === reached) ?? context.levels[0]) : nextLevel(certifiable, context.levels);
  if (!target) return null;
  return pathToLevel(target, context);
}

/**
 * The fewest gaps whose closing makes `target` the level a certification would carry, with the
 * deductions the fail rule demands among them: the same exact search as the next level's path,
 * for any level. A level already reached needs nothing.
 */
export function pathToTarget(target: LevelInfo, certifiable: string | null, firstCertification: boolean, context: PathContext): PathToTarget {
  const order = context.levels.map((level) => level.id);
  const reached = certifiable !== null && order.indexOf(certifiable) >= order.indexOf(target.id);
  const firstCertificationRule = firstCertification && order.indexOf(target.id) > 0;
  if (reached) {
    const score = computeScore(context.inputs);
    return {
      target: target.id,
      threshold: target.threshold,
      pointsNeeded: Rational.ZERO,
      gaps: [],
      leastTotalExact: true,
      scoreAfter: score,
      reachable: true,
      blockedBy: [],
      reached,
      clearFirst: [],
      firstCertificationRule,
    };
  }
  const path = pathToLevel(target, context);
  const forced = Math.max(0, context.inputs.specialDeductions - context.failRule.maxSpecialDeductions);
  const deductions = path.gaps.filter((id) => context.gaps.find((gap) => gap.id === id)?.kind === 'special-deduction').slice(0, forced);
  return { ...path, reached, clearFirst: [...deductions, ...path.blockedBy], firstCertificationRule };
}

function pathToLevel(target: LevelInfo, context: PathContext): PathToNextLevel {
  const { inputs, gaps, failRule, ineligible } = context;
  const need = Rational.fromDecimal(target.threshold).sub(rawScore(inputs));
  const search = searchShortestPath({
    candidates: candidatesFrom(gaps),
    need,
    deductionsToRemove: Math.max(0, inputs.specialDeductions - failRule.maxSpecialDeductions),
  });
  const ids = search?.ids ?? null;
  const chosen = new Set(ids ?? []);
  const closedLost = Rational.sum(gaps.flatMap((gap) => (gap.kind === 'indicator' && chosen.has(gap.id) ? [gap.lostPoints] : [])));
  const removed = gaps.filter((gap) => gap.kind === 'special-deduction' && chosen.has(gap.id)).length;
  const scoreAfter = computeScore({ ...inputs, earnedPoints: inputs.earnedPoints.add(closedLost), specialDeductions: inputs.specialDeductions - removed });
  return {
    target: target.id,
    threshold: target.threshold,
    pointsNeeded: Rational.max(Rational.ZERO, need),
    gaps: ids ?? [],
    leastTotalExact: search?.leastTotalExact ?? true,
    scoreAfter,
    reachable: ids !== null && ineligible.length === 0,
    blockedBy: ineligible.map((id) => `eligibility:${id}`),
  };
}
