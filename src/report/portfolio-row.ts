import type { Result } from '../model/result.js';

/** One client in the consultant's summary: plain data, so it crosses to and from worker threads. */
export interface PortfolioRow {
  file: string;
  /** False when the file could not be read or checked (its errors went to standard error). */
  valid: boolean;
  company: string | null;
  companyType: 'producer' | 'seller' | null;
  /** The score as displayed (cut to one decimal), and its exact value for sorting. */
  score: string | null;
  scoreValue: number | null;
  level: { zh: string; en: string } | null;
  failed: boolean;
  target: { zh: string; en: string } | null;
  /** Gaps to close to reach the target (0 when reached); null without a target or when points cannot reach it. */
  gapsToTarget: number | null;
  targetReachable: boolean;
  /** Application documents not ready: marked missing or not answered. */
  missingDocuments: number;
  /** Plan items whose due date is before today and which are not done. */
  overduePlanItems: number;
  auditDate: string | null;
}

/** The facts of one scored file; every figure comes from the one Result, as in every other output. */
export function portfolioRow(file: string, result: Result): PortfolioRow {
  const level = result.levels.find((candidate) => candidate.id === result.level);
  const target = result.levels.find((candidate) => candidate.id === result.target);
  const path = result.pathToTarget;
  const gapsToTarget = !target || !path ? null : path.reached ? 0 : path.reachable ? path.gaps.length : null;
  return {
    file,
    valid: true,
    company: result.company.name,
    companyType: result.catalogue.companyType,
    score: result.score.toFixedDown(1),
    scoreValue: result.score.toNumber(),
    level: level ? { ...level.name } : null,
    failed: result.failed,
    target: target ? { ...target.name } : null,
    gapsToTarget,
    targetReachable: path ? path.reached || path.reachable : true,
    missingDocuments: result.documents.missing.length + result.documents.unanswered.length,
    overduePlanItems: result.plan.filter((item) => item.overdue).length,
    auditDate: result.auditDate,
  };
}

export function invalidRow(file: string): PortfolioRow {
  return {
    file,
    valid: false,
    company: null,
    companyType: null,
    score: null,
    scoreValue: null,
    level: null,
    failed: true,
    target: null,
    gapsToTarget: null,
    targetReachable: false,
    missingDocuments: 0,
    overduePlanItems: 0,
    auditDate: null,
  };
}

/**
 * What needs attention first: files that could not be read, failed assessments, clients short of
 * their target (more gaps first), overdue plan items (more first), the nearest audit date, the
 * lowest score; then the file name, so the order is stable.
 */
export function byAttention(a: PortfolioRow, b: PortfolioRow): number {
  const keys = (row: PortfolioRow): Array<number | string> => [
    row.valid ? 1 : 0,
    row.failed ? 0 : 1,
    row.target && row.gapsToTarget !== 0 ? 0 : 1,
    row.target && row.gapsToTarget !== 0 ? -(row.gapsToTarget ?? Number.MAX_SAFE_INTEGER) : 0,
    -row.overduePlanItems,
    row.auditDate ?? '9999-99-99',
    row.scoreValue ?? 0,
    row.file,
  ];
  const left = keys(a);
  const right = keys(b);
  for (let index = 0; index < left.length; index++) {
    if (left[index]! < right[index]!) return -1;
    if (left[index]! > right[index]!) return 1;
  }
  return 0;
}
