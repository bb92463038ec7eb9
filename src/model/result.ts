import type { CompanyType } from './catalogue.js';
import type { BilingualText } from './bilingual-text.js';
import type { DocumentStatus } from './assessment.js';
import type { ProfileSummary } from './application.js';
import type { Rational } from './rational.js';
import type { EvidenceStatus } from './evidence.js';

/**
 * The one contract between scoring and every renderer (terminal, JSON, Markdown, PDF). Every
 * figure a user sees is here, computed once; renderers only format. Scores are exact rationals,
 * serialised to JSON as unrounded numbers (Rational.toJSON).
 */
export interface Result {
  schemaVersion: 1;
  file: string;
  catalogue: {
    id: string;
    version: string;
    title: BilingualText;
    companyType: CompanyType;
    /** `clauses` (keyed to GB/T 27922's clauses), `sbt10401` (the seed structure), or null (a catalogue of one's own). */
    structure: 'clauses' | 'sbt10401' | null;
    pointsAreDefaults: boolean;
    contentHash: string;
  };
  company: { name: string; employees: number | null; outlets: number | null; firstCertification: boolean };
  assessedOn: string | null;
  /** The certification-body profile the eligibility and documents follow; null: every condition and document. */
  profile: ProfileSummary | null;

  /** The projected score: unanswered indicators count as not demonstrated, as an auditor would. */
  score: Rational;
  /** The score if every unanswered indicator were met. */
  bestCaseScore: Rational;
  /** Id of the highest level whose threshold the score reaches, failed or not; null below all. */
  level: string | null;
  /** The level a certification would carry: null when the assessment fails. */
  certifiableLevel: string | null;
  failed: boolean;
  failReasons: FailReason[];
  /** A first certification is usually granted the lowest level for a year. */
  firstCertificationNote: boolean;

  earnedPoints: Rational;
  applicablePoints: Rational;
  totalPoints: Rational;
  specialDeductions: string[];
  specialBonus: string | null;

  levels: LevelInfo[];
  failRule: { minScore: number; maxSpecialDeductions: number };
  classes: ClassResult[];
  indicators: IndicatorResult[];
  gaps: Gap[];
  pathToNextLevel: PathToNextLevel | null;
  /** The level aimed for (`--target`, else the file's `target:`), or null when none is set. */
  target: string | null;
  /** The way to the target level, found as exactly as the path to the next level; null without a target. */
  pathToTarget: PathToTarget | null;
  /** The planned date of the certification audit, from the file. */
  auditDate: string | null;
  /** The company's plan, in the catalogue's order of indicators. */
  plan: PlanEntry[];
  /** The date overdue plan items were judged against (the run's today), or null when not judged. */
  planCheckedOn: string | null;
  unanswered: string[];
  documents: DocumentsResult;
  eligibility: EligibilityResult;
  coverage: CoverageResult;
  /**
   * The evidence files the answers and documents name, checked on disk (there, as recorded). Only
   * where a command looked (score, report, evidence): scoring itself reads no files.
   */
  evidence?: EvidenceStatus;
}

export interface LevelInfo {
  id: string;
  threshold: number;
  stars: number;
  name: BilingualText;
}

export type FailReason = { code: 'below-min-score'; minScore: number } | { code: 'too-many-special-deductions'; count: number; max: number } | { code: 'eligibility'; conditions: string[] };

/** A class's or an item's points, over its applicable indicators. */
export interface GroupTotals {
  id: string;
  title: BilingualText;
  points: Rational;
  applicablePoints: Rational;
  earnedPoints: Rational;
  /** earned / applicable × 100; null when nothing in it applies. */
  percent: Rational | null;
}

export interface ClassResult extends GroupTotals {
  items: ItemResult[];
}

export interface ItemResult extends GroupTotals {
  indicators: string[];
}

export type IndicatorState = 'met' | 'partially_met' | 'not_met' | 'not_applicable' | 'unanswered';

export interface IndicatorResult {
  id: string;
  classId: string;
  itemId: string;
  title: BilingualText;
  /** The GB/T 27922-2011 clauses it evidences. */
  clauses: string[];
  points: Rational;
  state: IndicatorState;
  samples: { conforming: number; total: number } | null;
  /** Counted indicators (售后服务管理师): the two counts, the number required and the verdict. */
  counts: CountsResult | null;
  applicable: boolean;
  earnedPoints: Rational;
  lostPoints: Rational;
  naReason: string | null;
  note: string | null;
  evidence: string[];
}

export interface CountsResult {
  managers: number;
  certified: number;
  /** max(minCount, ⌈minPercent % × managers⌉) */
  required: number;
  minPercent: number;
  minCount: number;
  met: boolean;
}

/**
 * Which requirements of GB/T 27922-2011 clause 5 the catalogue checks. `known` is false when its
 * indicators name no clauses (a catalogue of one's own), and then nothing is claimed either way.
 */
export interface CoverageResult {
  known: boolean;
  checked: string[];
  unchecked: Array<{ id: string; title: BilingualText }>;
}

export type Gap = IndicatorGap | DeductionGap;

export interface IndicatorGap {
  kind: 'indicator';
  id: string;
  title: BilingualText;
  state: IndicatorState;
  lostPoints: Rational;
  /** What meeting it adds to the score formula: 100 × lostPoints / applicable points (before the clamp). */
  gain: Rational;
  criteria: BilingualText;
  /** Whether the criteria restate the standard's requirement or are our summary (null: not said). */
  wording: 'standard' | 'summary' | null;
  /** The GB/T 27922-2011 clauses it evidences. */
  clauses: string[];
  evidence: BilingualText[];
  improve: BilingualText;
}

export interface DeductionGap {
  kind: 'special-deduction';
  id: string;
  text: string;
  /** What removing it adds: 1 point (before the clamp). */
  gain: Rational;
}

export interface PathToNextLevel {
  /**
   * The level the path leads to: the next above the certifiable one; for a failed assessment, the
   * level its score already reaches (or the lowest), which closing the path makes certifiable.
   */
  target: string;
  threshold: number;
  /** Score still missing to the threshold, before the clamp (0 when only something else stands in the way). */
  pointsNeeded: Rational;
  /** The gaps to close, by id (indicator id, or `special-deduction-N`). */
  gaps: string[];
  /**
   * The gaps are always the fewest; true when they are also proven the set of least total gain
   * among the fewest, false when that search reached its step limit (the best set found is shown).
   */
  leastTotalExact: boolean;
  scoreAfter: Rational;
  /** False when something points cannot fix stands in the way (an eligibility condition). */
  reachable: boolean;
  blockedBy: string[];
}

export interface PathToTarget extends PathToNextLevel {
  /** The level a certification would carry now is the target or above it: nothing is missing. */
  reached: boolean;
  /**
   * For a failed assessment, what must be cleared before any level counts: the special deductions
   * the fail rule demands go (ids on the path), then the eligibility conditions (`eligibility:ID`).
   */
  clearFirst: string[];
  /** The company aims above the lowest level on its first certification, which is normally rated the lowest. */
  firstCertificationRule: boolean;
}

export type PlanStatus = 'todo' | 'doing' | 'done';

/** One plan item of the file, with what scoring knows about it. */
export interface PlanEntry {
  id: string;
  title: BilingualText;
  action: string | null;
  owner: string | null;
  due: string | null;
  status: PlanStatus;
  note: string | null;
  /** Its due date has passed (before `planCheckedOn`) and it is not done. */
  overdue: boolean;
  /** Its indicator is still a gap: closing it adds `gain` to the score. */
  open: boolean;
  gain: Rational;
  onPathToNextLevel: boolean;
  onPathToTarget: boolean;
}

export interface DocumentsResult {
  complete: boolean;
  missing: string[];
  unanswered: string[];
  entries: Array<{ id: string; title: BilingualText; status: DocumentStatus | 'unanswered'; note: string | null; files: string[] }>;
}

export interface EligibilityResult {
  passed: boolean;
  failed: string[];
  unanswered: string[];
  entries: Array<{ id: string; title: BilingualText; status: 'yes' | 'no' | 'unanswered' }>;
}
