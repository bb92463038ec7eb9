import { safeMessages } from './safe-text.js';
import type { ErrorCode } from '../model/error-codes.js';
import type { Severity } from '../model/diagnostic.js';
import type { IndicatorState } from '../model/result.js';
import type { CompanyType } from '../model/catalogue.js';
import type { Lang } from '../model/bilingual-text.js';
import type { Punctuation } from './punctuation.js';
import { zhMessages } from './messages-zh.js';
import { enMessages } from './messages-en.js';

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
    /** Starts a note under a heading or a table (the points split, how the gain is worked out). */
    notePrefix: string;
    /** Under the gap table when a gain differs from the points lost: how one becomes the other. */
    gainNote: (applicablePoints: string) => string;
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
    /** Shown with criteria wherever they are displayed: the standard's requirement, or our summary. */
    wording: Record<'standard' | 'summary', string>;
    /** "GB/T 27922 5.1.2.2": the clauses an indicator evidences. */
    clauseReference: (list: string) => string;
    /** The coverage line of a result: which requirements of the standard the catalogue leaves unchecked. */
    coverage: { unchecked: (count: number, list: string) => string; complete: (count: number) => string; unknown: string };
    /** 售后服务管理师: the two counts and the number required. */
    counts: (p: { certified: number; managers: number; required: number }) => string;
    migrate: {
      written: (file: string, catalogue: string) => string;
      carried: (count: number) => string;
      notCarriedTitle: (count: number) => string;
      noEquivalent: string;
      notAccepted: (id: string, code: string) => string;
      toAnswer: (count: number) => string;
    };
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
      naWhen: string;
      counts: string;
      flags: (flags: string[]) => string;
      writtenBy: Record<'init' | 'questionnaire', string>;
      profile: string;
    };
  };
}

const tables: Partial<Record<Lang, Messages>> = {};

/** The words of one language, made when first asked for; values put into them are shown safely (see safe-text.ts). */
export function messages(lang: Lang): Messages {
  tables[lang] ??= safeMessages(lang === 'en' ? enMessages() : zhMessages());
  return tables[lang];
}
