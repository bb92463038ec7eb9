import { safeMessages } from './safe-text.js';
import type { ErrorCode } from '../model/error-codes.js';
import type { Severity } from '../model/diagnostic.js';
import type { IndicatorState } from '../model/result.js';
import type { CompanyType } from '../model/catalogue.js';
import type { Lang } from '../model/bilingual-text.js';
import type { Punctuation } from './punctuation.js';
import { zh } from './messages-zh.js';
import { en } from './messages-en.js';

type Params = Record<string, string | number>;

/** Every word the tool says, in one shape for both languages, so a missing translation fails to compile. */
export interface Messages {
  severity: Record<Severity, string>;
  fixLabel: string;
  errors: Record<ErrorCode, { message: (p: Params) => string; fix: (p: Params) => string }>;
  ui: Punctuation & {
    title: string;
    company: string;
    companyType: Record<CompanyType, string>;
    catalogue: string;
    pointsAreDefaults: string;
    assessedOn: string;
    score: string;
    bestCase: (score: string) => string;
    level: string;
    noLevel: string;
    failed: string;
    failReason: {
      'below-min-score': (p: { minScore: number }) => string;
      'too-many-special-deductions': (p: { count: number; max: number }) => string;
      eligibility: (p: { conditions: string }) => string;
    };
    firstCertification: string;
    specialBonus: string;
    specialDeductions: string;
    byClass: string;
    columns: Record<'class' | 'item' | 'earned' | 'possible' | 'percent' | 'rank' | 'indicator' | 'state' | 'lost' | 'gain' | 'points', string>;
    notApplicable: string;
    gapsTitle: string;
    noGaps: string;
    deductionGap: (text: string) => string;
    state: Record<IndicatorState, string>;
    pathTitle: (level: string, threshold: number) => string;
    /** For a failed assessment: what makes it certifiable at the level its score reaches. */
    pathTitleCertify: (level: string, threshold: number) => string;
    pathSteps: (count: number, after: string) => string;
    pathAlready: string;
    pathBlocked: (what: string) => string;
    pathUnreachable: string;
    /** The fewest gaps are exact; which of the equally few has the least total was searched only so far. */
    pathNotLeastTotal: (steps: string) => string;
    topLevel: string;
    unansweredTitle: (count: number) => string;
    documentsTitle: string;
    /** The certification-body profile the documents and eligibility follow; examples say they are examples. */
    profileLine: (title: string, example: boolean, reference: string) => string;
    documentsComplete: string;
    documentsMissing: (list: string) => string;
    documentsUnanswered: (list: string) => string;
    eligibilityTitle: string;
    eligibilityFailed: (list: string) => string;
    eligibilityUnanswered: (list: string) => string;
    eligibilityOk: string;
    batchSummary: (files: number, scored: number, invalid: number, short: number) => string;
    belowMinLevel: (file: string, level: string) => string;
    /** The heading over each file's result when several are scored on a terminal. */
    fileHeading: (file: string) => string;
    filesSummaryTitle: string;
    fileNotScored: string;
    fileShort: string;
    /** A company's own note on an indicator, as JUnit and the gap lists label it. */
    written: (file: string) => string;
    valid: (file: string) => string;
    initNext: (file: string) => string;
    /** Before what to do to improve, in the indicator list. */
    improveLabel: string;
    template: {
      /** How wide a comment line of the template may be, in characters of this language. */
      commentWidth: number;
      companyName: string;
      points: (points: number) => string;
      sampled: string;
      naAllowed: string;
      criteria: string;
      flags: (flags: string[]) => string;
      writtenBy: Record<'init' | 'questionnaire', string>;
      profile: string;
    };
  };
}

/** The words of one language; values put into them are shown safely (see safe-text.ts). */
export function messages(lang: Lang): Messages {
  return safeMessages(lang === 'en' ? en : zh);
}
