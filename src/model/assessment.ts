import type { ApplicationRequirements, ProfileSummary } from './application.js';
import type { Catalogue, StandardClause } from './catalogue.js';
import type { EvidenceRecord, EvidenceReference } from './evidence.js';

/** One indicator's answer, as the engine sees it. Unanswered and not-applicable are states, never zeros. */
export type Answer =
  | { kind: 'unanswered' }
  | { kind: 'met'; note?: string; evidence?: string[] }
  | { kind: 'unmet'; note?: string; evidence?: string[] }
  | { kind: 'samples'; conforming: number; total: number; note?: string; evidence?: string[] }
  | { kind: 'na'; reason: string; note?: string; evidence?: string[] }
  /** Counted indicators (售后服务管理师): service management staff, and the certified managers among them. */
  | { kind: 'counts'; managers: number; certified: number; note?: string; evidence?: string[] };

export type DocumentStatus = 'ready' | 'missing' | 'na';

export interface DocumentEntry {
  status: DocumentStatus;
  note?: string;
  files?: string[];
}

export interface Company {
  name: string;
  employees?: number | null;
  firstCertification?: boolean | null;
  /** Fixed service outlets, for the audit effort estimate only. */
  outlets?: number | null;
}

export type PlanStatus = 'todo' | 'doing' | 'done';

/** One action of the company's preparation plan, keyed in the file by the indicator it closes. */
export interface PlanItem {
  action?: string;
  owner?: string;
  /** YYYY-MM-DD */
  due?: string;
  status?: PlanStatus;
  note?: string;
}

/** An assessment file after every check: what the company says about itself. */
export interface Assessment {
  file: string;
  catalogueReference: string;
  company: Company;
  assessedOn?: string;
  eligibility: Record<string, boolean | null>;
  answers: Map<string, Answer>;
  specialDeductions: string[];
  specialBonus?: string;
  documents: Record<string, DocumentEntry | null>;
  /** The level the company aims for (a level id of its catalogue). */
  target?: string;
  /** The planned date of the certification audit, YYYY-MM-DD. */
  auditDate?: string;
  /** Kept apart from the answers, so changing an answer never loses a plan. */
  plan: Record<string, PlanItem>;
  /** Every evidence path the answers and documents name, in file order. */
  evidence: EvidenceReference[];
  /** The sha256 and date recorded per evidence path (`evidence --record`), keyed by the compared path. */
  evidenceLog: Record<string, EvidenceRecord>;
}

/** The file's data after the schema check, before the rules that need the catalogue. */
export interface AssessmentData {
  format: 'gbt27922-assessment/1';
  catalogue: string;
  company: Company;
  assessedOn?: string;
  eligibility?: Record<string, boolean | null>;
  answers: Record<string, RawAnswer>;
  specialDeductions?: string[];
  specialBonus?: string | null;
  documents?: Record<string, DocumentStatus | null | DocumentEntry>;
  target?: string;
  auditDate?: string;
  plan?: Record<string, PlanItem | null>;
  evidenceLog?: Record<string, EvidenceRecord | null>;
  /** A certification-body profile: a shipped example's name or a path relative to the file. */
  profile?: string;
}

export type RawResult = 'met' | 'unmet' | string;
export type RawAnswer =
  | null
  | RawResult
  | { result: RawResult; note?: string; evidence?: string[] }
  | { na: string | null; note?: string; evidence?: string[] }
  | { managers: number; certified: number; note?: string; evidence?: string[] };

/** An assessment with the catalogue it is scored against and the application's requirements: what scoring takes. */
export interface LoadedAssessment {
  assessment: Assessment;
  catalogue: Catalogue;
  /** The requirements as the named profile asks them (all of them without one). */
  requirements: ApplicationRequirements;
  /** The requirements of GB/T 27922-2011 clause 5, for the coverage line of the result. */
  standardClauses: StandardClause[];
  /** The certification-body profile the assessment names, if any. */
  profile?: ProfileSummary;
}
