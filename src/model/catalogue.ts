import type { BilingualText } from './bilingual-text.js';

export type CompanyType = 'producer' | 'seller';

/** The catalogue file as written (after schema validation): plain data, numbers as people wrote them. */
export interface CatalogueData {
  format: 'gbt27922-catalogue/1';
  id: string;
  version: string;
  standard?: string;
  /** `clauses`: one indicator per requirement of GB/T 27922-2011 clause 5; `sbt10401`: the older standard's items. */
  structure?: 'clauses' | 'sbt10401';
  source?: string;
  title: BilingualText;
  companyType: CompanyType;
  pointsAreDefaults?: boolean;
  levels: LevelData[];
  failRule: { minScore: number; maxSpecialDeductions: number };
  classes: ClassData[];
}

export interface LevelData {
  id: string;
  threshold: number;
  stars?: number;
  name: BilingualText;
}

export interface ClassData {
  id: string;
  title: BilingualText;
  points: number;
  items: ItemData[];
}

export interface ItemData {
  id: string;
  title: BilingualText;
  indicators: IndicatorData[];
}

export interface IndicatorData {
  id: string;
  title: BilingualText;
  points: number;
  sampled: boolean;
  naAllowed: boolean;
  criteria: BilingualText;
  evidence: BilingualText[];
  improve: BilingualText;
  /** The GB/T 27922-2011 clauses it evidences (ids of indicators/gbt27922-clauses.yaml). */
  clauses?: string[];
  /** Whether the criteria restate the standard's requirement or are our summary of sources. */
  wording?: 'standard' | 'summary';
  source?: string;
  /** When not applicable is allowed, and why. */
  naWhen?: BilingualText;
  /** Ids it had in earlier versions; answers under them still load. */
  formerIds?: string[];
  /** Judged from two counts rather than met/unmet (售后服务管理师: staff and certified managers). */
  counts?: CountRule;
}

export interface CountRule {
  /** Met when counted >= minPercent % of total … */
  minPercent: number;
  /** … and counted >= minCount. */
  minCount: number;
  /** What the total counts (service management staff) and what the counted part is (certified managers). */
  total: BilingualText;
  counted: BilingualText;
}

/** A catalogue that passed every check, with where it came from and a hash of its content. */
export interface Catalogue extends CatalogueData {
  /** The file it was read from (absolute), for messages; `source` is the catalogue's own provenance. */
  file: string;
  /** sha256 of the parsed content, so a result names exactly which numbers produced it. */
  contentHash: string;
  /** Every indicator in catalogue order, with the ids of its class and item. */
  indicatorList: IndicatorEntry[];
}

export interface IndicatorEntry extends IndicatorData {
  classId: string;
  itemId: string;
}

/** One requirement of GB/T 27922-2011 clause 5 at the finest level a published source gives (indicators/gbt27922-clauses.yaml). */
export interface StandardClause {
  id: string;
  title: BilingualText;
  source: string;
}
