import type { BilingualText } from './bilingual-text.js';

export interface EligibilityCondition {
  id: string;
  title: BilingualText;
  /** The title with `{value}` where a body profile's figure goes, and which figure. */
  titleWithValue?: BilingualText;
  valueFrom?: ProfileFigure;
  why: BilingualText;
}

/** The figures a certification body sets for itself, named as a profile file names them. */
export type ProfileFigure = 'systemOperatingMonths' | 'majorIncidentWindowYears';

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

/**
 * A certification-body profile (indicators/profiles/*.yaml, or a company's own file): what one body
 * asks before and with an application. The two shipped are examples drawn from named public pages.
 */
export interface BodyProfile {
  format: 'gbt27922-profile/1';
  id: string;
  title: BilingualText;
  /** True for the shipped examples: every output says "example", never an endorsement. */
  example: boolean;
  source: BilingualText;
  urls?: string[];
  systemOperatingMonths: number;
  majorIncidentWindowYears: number;
  /** The eligibility conditions this body checks, in its order; all of them when left out. */
  eligibility?: string[];
  /** The documents this body asks for, in its order. */
  documents: string[];
}

/** The profile an assessment named, as results and reports show it. */
export interface ProfileSummary {
  reference: string;
  id: string;
  title: BilingualText;
  example: boolean;
  source: BilingualText;
  urls: string[];
  systemOperatingMonths: number;
  majorIncidentWindowYears: number;
}
