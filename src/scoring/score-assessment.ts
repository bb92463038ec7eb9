import type { LoadedAssessment } from '../model/assessment.js';
import type { Catalogue } from '../model/catalogue.js';
import { findGaps } from './gaps.js';
import { scoreIndicator } from './indicator-results.js';
import { levelReached } from './levels.js';
import { pathToNextLevel, pathToTarget, type PathContext } from './level-paths.js';
import { planEntries } from './plan-entries.js';
import { Rational } from '../model/rational.js';
import type { ClassResult, FailReason, IndicatorResult, LevelInfo, Result } from '../model/result.js';
import { computeScore, type ScoreInputs } from './score-formula.js';
import { summariseDocuments, summariseEligibility } from './application-status.js';

export interface ScoreOptions {
  /** A level id that replaces the file's `target:` (`--target`); the caller checks it is in the catalogue. */
  target?: string;
  /** The run's date, YYYY-MM-DD, for judging plan items overdue. */
  today?: string;
}

/** Catalogue + answers → the one Result every renderer draws from. Pure: no I/O, no clock. */
export function scoreAssessment({ assessment, catalogue, requirements, profile }: LoadedAssessment, options: ScoreOptions = {}): Result {
  const indicators = catalogue.indicatorList.map((entry) => scoreIndicator(entry, assessment.answers.get(entry.id) ?? { kind: 'unanswered' }));
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
  const context: PathContext = { levels, inputs, gaps, failRule: catalogue.failRule, ineligible: eligibility.failed };
  const next = pathToNextLevel(certifiableLevel, level?.id ?? null, failed, context);
  const targetId = options.target ?? assessment.target ?? null;
  const targetLevel = levels.find((candidate) => candidate.id === targetId);
  const firstCertification = assessment.company.firstCertification === true;
  const target = targetLevel ? pathToTarget(targetLevel, certifiableLevel, firstCertification, context) : null;

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
    pathToNextLevel: next,
    target: targetLevel?.id ?? null,
    pathToTarget: target,
    auditDate: assessment.auditDate ?? null,
    plan: planEntries(assessment.plan, indicators, gaps, { next, target }, options.today),
    planCheckedOn: options.today ?? null,
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
