import type { BilingualText } from './bilingual-text.js';

export type CompanyType = 'producer' | 'seller';

/** The catalogue file as written (after schema validation): plain data, numbers as people wrote them. */
export interface CatalogueData {
  format: 'gbt27922-catalogue/1';
  id: string;
  version: string;
  standard?: string;
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
}

/** A catalogue that passed every check, with where it came from and a hash of its content. */
export interface Catalogue extends CatalogueData {
  /** The file it was read from (absolute), for messages. */
  source: string;
  /** sha256 of the parsed content, so a result names exactly which numbers produced it. */
  contentHash: string;
  /** Every indicator in catalogue order, with the ids of its class and item. */
  indicatorList: IndicatorEntry[];
}

export interface IndicatorEntry extends IndicatorData {
  classId: string;
  itemId: string;
}
