import type { LoadedAssessment } from '../model/assessment.js';
import type { Catalogue } from '../model/catalogue.js';
import { findGaps } from './gaps.js';
import { scoreIndicator } from './indicator-results.js';
import { levelReached, nextLevel } from './levels.js';
import { candidatesFrom, searchShortestPath } from './path-to-next-level.js';
import { Rational } from '../model/rational.js';
import type { ClassResult, FailReason, IndicatorResult, LevelInfo, PathToNextLevel, Result } from '../model/result.js';
import { computeScore, rawScore, type ScoreInputs } from './score-formula.js';
import { summariseDocuments, summariseEligibility } from './application-status.js';

/** Catalogue + answers → the one Result every renderer draws from. Pure: no I/O, no clock. */
export function scoreAssessment({ assessment, catalogue, requirements, profile }: LoadedAssessment): Result {
  const indicators = catalogue.indicatorList.map((entry) =>
    scoreIndicator(entry, assessment.answers.get(entry.id) ?? { kind: 'unanswered' }),
  );
  const applicable = indicators.filter((indicator) => indicator.applicable);
  const inputs: ScoreInputs = {
    earnedPoints: Rational.sum(applicable.map((indicator) => indicator.earnedPoints)),
    applicablePoints: Rational.sum(applicable.map((indicator) => indicator.points)),
    specialDeductions: assessment.specialDeductions.length,
    specialBonus: Boolean(assessment.specialBonus),
  };
  const unansweredPoints = Rational.sum(indicators.filter((i) => i.state === 'unanswered').map((i) => i.points));
  const score = computeScore(inputs);
  const bestCaseScore = computeScore({ ...inputs, earnedPoints: inputs.earnedPoints.add(unansweredPoints) });

  const levels = levelInfos(catalogue);
  const level = levelReached(score, levels);
  const eligibility = summariseEligibility(assessment, requirements);
  const failReasons = failReasonsFor(score, inputs.specialDeductions, eligibility.failed, catalogue);
  const failed = failReasons.length > 0;
  const certifiableLevel = failed ? null : (level?.id ?? null);

  const entries = new Map(catalogue.indicatorList.map((entry) => [entry.id, entry]));
  const gaps = findGaps(indicators, entries, inputs, assessment.specialDeductions);

  return {
    schemaVersion: 1,
    file: assessment.file,
    catalogue: {
      id: catalogue.id,
      version: catalogue.version,
      title: catalogue.title,
      companyType: catalogue.companyType,
      pointsAreDefaults: catalogue.pointsAreDefaults === true,
      contentHash: catalogue.contentHash,
    },
    company: {
      name: assessment.company.name,
      employees: assessment.company.employees ?? null,
      outlets: assessment.company.outlets ?? null,
      firstCertification: assessment.company.firstCertification === true,
    },
    assessedOn: assessment.assessedOn ?? null,
    profile: profile ?? null,
    score,
    bestCaseScore,
    level: level?.id ?? null,
    certifiableLevel,
    failed,
    failReasons,
    firstCertificationNote: assessment.company.firstCertification === true && certifiableLevel !== null && certifiableLevel !== levels[0]?.id,
    earnedPoints: inputs.earnedPoints,
    applicablePoints: inputs.applicablePoints,
    totalPoints: Rational.sum(indicators.map((indicator) => indicator.points)),
    specialDeductions: assessment.specialDeductions,
    specialBonus: assessment.specialBonus ?? null,
    levels,
    failRule: catalogue.failRule,
    classes: classResults(catalogue, indicators),
    indicators,
    gaps,
    pathToNextLevel: pathFor(failed ? (level?.id ?? null) : certifiableLevel, failed, levels, inputs, gaps, catalogue, eligibility.failed),
    unanswered: indicators.filter((indicator) => indicator.state === 'unanswered').map((indicator) => indicator.id),
    documents: summariseDocuments(assessment, requirements),
    eligibility,
  };
}

function levelInfos(catalogue: Catalogue): LevelInfo[] {
  return catalogue.levels.map((level) => ({ id: level.id, threshold: level.threshold, stars: level.stars ?? 0, name: level.name }));
}

function failReasonsFor(score: Rational, deductions: number, ineligible: string[], catalogue: Catalogue): FailReason[] {
  const { minScore, maxSpecialDeductions } = catalogue.failRule;
  const reasons: FailReason[] = [];
  if (score.lt(Rational.fromDecimal(minScore))) reasons.push({ code: 'below-min-score', minScore });
  if (deductions > maxSpecialDeductions) {
    reasons.push({ code: 'too-many-special-deductions', count: deductions, max: maxSpecialDeductions });
  }
  if (ineligible.length > 0) reasons.push({ code: 'eligibility', conditions: ineligible });
  return reasons;
}

function classResults(catalogue: Catalogue, indicators: IndicatorResult[]): ClassResult[] {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  return catalogue.classes.map((klass) => {
    const items = klass.items.map((item) => {
      const members = item.indicators.map((indicator) => byId.get(indicator.id)!);
      return { id: item.id, title: item.title, ...totals(members), indicators: members.map((member) => member.id) };
    });
    const members = klass.items.flatMap((item) => item.indicators.map((indicator) => byId.get(indicator.id)!));
    return { id: klass.id, title: klass.title, ...totals(members), items };
  });
}

function totals(members: IndicatorResult[]) {
  const applicable = members.filter((member) => member.applicable);
  const applicablePoints = Rational.sum(applicable.map((member) => member.points));
  const earnedPoints = Rational.sum(applicable.map((member) => member.earnedPoints));
  return {
    points: Rational.sum(members.map((member) => member.points)),
    applicablePoints,
    earnedPoints,
    percent: applicablePoints.isZero() ? null : Rational.int(100).mul(earnedPoints).div(applicablePoints),
  };
}

/**
 * The way to the level above the one a certification would carry now. A failed assessment first
 * needs to become certifiable: its path leads to the level its score reaches (or the lowest one).
 */
function pathFor(
  current: string | null,
  failed: boolean,
  levels: LevelInfo[],
  inputs: ScoreInputs,
  gaps: Result['gaps'],
  catalogue: Catalogue,
  ineligible: string[],
): PathToNextLevel | null {
  const target = failed ? (levels.find((level) => level.id === current) ?? levels[0]) : nextLevel(current, levels);
  if (!target) return null;
  const candidates = candidatesFrom(gaps);
  const need = Rational.fromDecimal(target.threshold).sub(rawScore(inputs));
  const search = searchShortestPath({
    candidates,
    need,
    deductionsToRemove: Math.max(0, inputs.specialDeductions - catalogue.failRule.maxSpecialDeductions),
  });
  const ids = search?.ids ?? null;
  const chosen = new Set(ids ?? []);
  const closedLost = Rational.sum(
    gaps.filter((gap) => gap.kind === 'indicator' && chosen.has(gap.id)).map((gap) => (gap.kind === 'indicator' ? gap.lostPoints : Rational.ZERO)),
  );
  const removed = gaps.filter((gap) => gap.kind === 'special-deduction' && chosen.has(gap.id)).length;
  const scoreAfter = computeScore({
    ...inputs,
    earnedPoints: inputs.earnedPoints.add(closedLost),
    specialDeductions: inputs.specialDeductions - removed,
  });
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

