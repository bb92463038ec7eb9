import { evidenceText } from '../i18n/evidence-text.js';
import type { EvidenceState, EvidenceStatus } from '../model/evidence.js';
import { EVIDENCE_CODES, evidenceSummary } from '../report/describe-evidence.js';
import { describePath, describeTarget, describeFailReasons } from '../report/describe-result.js';
import { criteriaText } from '../report/describe-gap.js';
import { formatScore, levelById, levelLabel } from '../report/format.js';
import { formatDiagnostic } from '../report/format-diagnostic.js';
import { planText } from '../i18n/plan-text.js';
import { punctuation } from '../i18n/punctuation.js';
import { questionnaireText } from '../i18n/questionnaire-text.js';
import { serveText } from '../i18n/serve-text.js';
import type { ApplicationRequirements } from '../model/application.js';
import type { Lang } from '../model/bilingual-text.js';
import type { Catalogue } from '../model/catalogue.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Result } from '../model/result.js';
import type { AssessmentDraft } from '../questionnaire/assessment-draft.js';
import { readAnswer, readDocument, readPlan, type PageAnswer, type PageDocument, type PagePlan } from './page-values.js';

/**
 * What the page shows, as data: the questions (the same the terminal questionnaire asks, from the
 * same catalogue and requirements), what the file answers, and the result the real scorer gives.
 * Every word is computed here in the page's language; the page's script only lays it out.
 */
export interface PageForm {
  eligibility: Array<{ id: string; title: string; why: string }>;
  documents: Array<{ id: string; title: string; note: string | null }>;
  classes: Array<{
    id: string;
    title: string;
    items: Array<{
      id: string;
      title: string;
      indicators: Array<{
        id: string;
        title: string;
        points: string;
        clauses: string[];
        criteria: string;
        evidence: string[];
        naAllowed: boolean;
        naWhen: string | null;
        sampled: boolean;
        counts: boolean;
      }>;
    }>;
  }>;
  levels: Array<{ id: string; label: string }>;
  specialIntro: string;
}

export interface PageValues {
  company: { name: string; employees: number | null; firstCertification: boolean | null };
  target: string | null;
  auditDate: string | null;
  eligibility: Record<string, boolean | null>;
  documents: Record<string, PageDocument>;
  answers: Record<string, PageAnswer>;
  plan: Record<string, PagePlan>;
  specialDeductions: string[];
  specialBonus: string;
}

export interface PageResult {
  ok: boolean;
  score?: string;
  bestCase?: string;
  level?: string;
  failed?: boolean;
  failReasons?: string[];
  answered?: number;
  total?: number;
  path?: { title: string; lines: string[] };
  target?: { title: string; lines: string[] } | null;
  /** Each indicator's state and earned points, for its badge. */
  indicators?: Record<string, { state: string; earned: string }>;
  /**
   * The evidence check, as `score` and `validate` word it: the summary line, and each path beside
   * what names it (`indicator:<id>`, `document:<id>`), with its state's word and code.
   */
  evidence?: { summary: string; hint: string | null; uses: Record<string, PageEvidence[]> } | null;
  problems?: string[];
}

export interface PageEvidence {
  path: string;
  state: EvidenceState;
  /** The path and its state's word, as score prints it: `证据/承诺.pdf（缺失）`. */
  label: string;
  /** EVIDENCE_MISSING and the others, as validate and the PDF give them; empty for a file as recorded or a web address. */
  code: string;
}

export function pageForm(catalogue: Catalogue, requirements: ApplicationRequirements, lang: Lang): PageForm {
  const text = questionnaireText(lang);
  return {
    eligibility: requirements.eligibility.map((condition) => ({ id: condition.id, title: condition.title[lang], why: condition.why[lang] })),
    documents: requirements.documents.map((document) => ({ id: document.id, title: document.title[lang], note: document.note ? document.note[lang] : null })),
    classes: catalogue.classes.map((klass) => ({
      id: klass.id,
      title: klass.title[lang],
      items: klass.items.map((item) => ({
        id: item.id,
        title: item.title[lang],
        indicators: item.indicators.map((indicator) => ({
          id: indicator.id,
          title: indicator.title[lang],
          points: String(indicator.points),
          clauses: indicator.clauses ?? [],
          criteria: criteriaText(indicator.criteria, indicator.wording, lang),
          evidence: indicator.evidence.map((record) => record[lang]),
          naAllowed: indicator.naAllowed,
          naWhen: indicator.naAllowed && indicator.naWhen ? indicator.naWhen[lang] : null,
          sampled: indicator.sampled,
          counts: Boolean(indicator.counts),
        })),
      })),
    })),
    levels: catalogue.levels.map((level) => ({ id: level.id, label: levelLabel({ ...level, stars: level.stars ?? 0 }, lang) })),
    specialIntro: text.specialIntro(catalogue.failRule.maxSpecialDeductions + 1),
  };
}

/** What the file says, read from the draft as it is (a file with mistakes is still shown). */
export function pageValues(draft: AssessmentDraft, catalogue: Catalogue, requirements: ApplicationRequirements): PageValues {
  const text = (value: unknown) => (typeof value === 'string' ? value : value instanceof Date ? value.toISOString().slice(0, 10) : '');
  const employees = draft.get(['company', 'employees']);
  const first = draft.get(['company', 'firstCertification']);
  const eligibility: PageValues['eligibility'] = {};
  for (const condition of requirements.eligibility) {
    const value = draft.get(['eligibility', condition.id]);
    eligibility[condition.id] = typeof value === 'boolean' ? value : null;
  }
  const documents: PageValues['documents'] = {};
  for (const document of requirements.documents) documents[document.id] = readDocument(draft.get(['documents', document.id]));
  const answers: PageValues['answers'] = {};
  const plan: PageValues['plan'] = {};
  for (const indicator of catalogue.indicatorList) {
    answers[indicator.id] = readAnswer(draft.get(['answers', indicator.id]));
    plan[indicator.id] = readPlan(draft.get(['plan', indicator.id]));
  }
  const deductions = draft.get(['specialDeductions']);
  return {
    company: { name: text(draft.get(['company', 'name'])), employees: typeof employees === 'number' ? employees : null, firstCertification: typeof first === 'boolean' ? first : null },
    target: text(draft.get(['target'])) || null,
    auditDate: text(draft.get(['auditDate'])) || null,
    eligibility,
    documents,
    answers,
    plan,
    specialDeductions: Array.isArray(deductions) ? deductions.map((entry) => String(entry)) : [],
    specialBonus: text(draft.get(['specialBonus'])),
  };
}

export function pageResult(scored: { result: Result } | { diagnostics: Diagnostic[] }, lang: Lang, evidence?: { status: EvidenceStatus; file: string }): PageResult {
  if (!('result' in scored)) return { ok: false, problems: scored.diagnostics.map((problem) => formatDiagnostic(problem, lang, 0)) };
  const { result } = scored;
  const words = serveText(lang);
  const level = levelById(result, result.level);
  const indicators: NonNullable<PageResult['indicators']> = {};
  for (const indicator of result.indicators) indicators[indicator.id] = { state: indicator.state, earned: formatScore(indicator.earnedPoints) };
  return {
    ok: true,
    score: formatScore(result.score),
    bestCase: formatScore(result.bestCaseScore),
    level: result.failed ? words.failed : level ? levelLabel(level, lang) : words.noLevel,
    failed: result.failed,
    failReasons: describeFailReasons(result, lang),
    answered: result.indicators.length - result.unanswered.length,
    total: result.indicators.length,
    path: describePath(result, lang),
    target: describeTarget(result, lang),
    indicators,
    evidence: evidence ? pageEvidence(evidence.status, evidence.file, lang) : null,
  };
}

function pageEvidence(status: EvidenceStatus, file: string, lang: Lang): NonNullable<PageResult['evidence']> {
  const words = evidenceText(lang);
  const { paren } = punctuation(lang);
  const uses: Record<string, PageEvidence[]> = {};
  for (const file of status.files) {
    const code = EVIDENCE_CODES[file.state] ?? (file.state === 'unrecorded' ? 'EVIDENCE_NOT_RECORDED' : '');
    for (const use of file.uses) (uses[`${use.kind}:${use.id}`] ??= []).push({ path: file.path, state: file.state, label: `${file.path}${paren(words.state[file.state])}`, code });
  }
  return { summary: evidenceSummary(status, lang), hint: status.counts.unrecorded > 0 ? words.recordHint(file) : null, uses };
}

/** The words the page needs: its own, the questionnaire's question texts, and the plan's. */
export function pageWords(lang: Lang): Record<string, string | Record<string, string>> {
  const serve = serveText(lang);
  const ask = questionnaireText(lang);
  const plan = planText(lang);
  const plain = (record: object) => Object.fromEntries(Object.entries(record).filter(([, value]) => typeof value === 'string')) as Record<string, string>;
  return {
    ...plain(serve),
    ...Object.fromEntries(
      (
        [
          'companyName',
          'employees',
          'firstCertification',
          'yes',
          'no',
          'sectionProfile',
          'sectionEligibility',
          'sectionDocuments',
          'sectionSpecial',
          'eligibilityQuestion',
          'documentQuestion',
          'docReady',
          'docMissing',
          'docNa',
          'criteria',
          'evidence',
          'naWhen',
          'indicatorQuestion',
          'answerMet',
          'answerUnmet',
          'answerSamples',
          'answerNa',
          'answerCounts',
          'sampledFlag',
          'naFlag',
          'bonusQuestion',
          'companyType',
          'typeProducer',
          'typeProducerHint',
          'typeSeller',
          'typeSellerHint',
        ] as const
      ).map((key) => [key, ask[key]]),
    ),
    // Templates the page fills in itself, with its own numbers.
    saved: serve.saved('{time}'),
    answered: serve.answered('{answered}', '{total}'),
    points: serve.points('{points}'),
    refused: serve.refused('{status}'),
    indicatorCount: serve.indicatorCount('{count}'),
    conflicts: serve.conflicts('{count}'),
    colon: punctuation(lang).colon,
    planAction: plan.action,
    planOwner: plan.owner,
    planDue: plan.due,
    planNote: plan.note,
    planStatus: plain(plan.status),
  };
}
