import type { BilingualText } from './bilingual-text.js';

export interface EligibilityCondition {
  id: string;
  title: BilingualText;
  why: BilingualText;
}

export interface RequiredDocument {
  id: string;
  title: BilingualText;
  note?: BilingualText;
  /** Parts of file names that suggest this document (Chinese and English). */
  hints: string[];
}

/** The eligibility conditions and documents of an application, shared by every catalogue. */
export interface ApplicationRequirements {
  eligibility: EligibilityCondition[];
  documents: RequiredDocument[];
}
