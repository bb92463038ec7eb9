import { punctuation } from '../i18n/punctuation.js';
import { recordsText } from '../i18n/records-text.js';
import type { Lang } from '../model/bilingual-text.js';
import { warning, type Diagnostic } from '../model/diagnostic.js';
import type { SampleProposal } from '../model/records.js';
import type { AssessmentDraft } from '../questionnaire/assessment-draft.js';

export type ApplyOutcome = { indicator: string; proposed: string } & ({ kind: 'written' } | { kind: 'same' } | { kind: 'kept'; declared: string; contradicted: boolean });

/** A note this command wrote (so a later run may replace it): it names the command, then a closing bracket of either width. */
const OUR_NOTE = /gbt27922 records[)\uFF09]/;

/**
 * The proposals into the assessment, as the questionnaire saves answers (only the changed lines,
 * comments kept). An unanswered indicator, or one answered by an earlier run of this command, gets
 * `{ result: k/n, note: how it was sampled and the sampled ticket ids, evidence: the records files }`
 * for the company to confirm in the questionnaire. A declared answer is never replaced: when it
 * claims more conformity than the sample found, it is flagged (RECORDS_CONTRADICTED).
 */
export function applyProposals(draft: AssessmentDraft, proposals: readonly SampleProposal[], files: readonly string[], lang: Lang): { outcomes: ApplyOutcome[]; diagnostics: Diagnostic[] } {
  const w = recordsText(lang);
  const outcomes: ApplyOutcome[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const proposal of proposals) {
    if (proposal.size === 0) continue;
    const proposed = `${proposal.conforming}/${proposal.size}`;
    const existing = draft.get(['answers', proposal.indicator]);
    const declared = declaredOf(existing);
    const ours = typeof existing === 'object' && existing !== null && typeof (existing as { note?: unknown }).note === 'string' && OUR_NOTE.test((existing as { note: string }).note);
    if (declared === undefined || ours) {
      const marks = punctuation(lang);
      const nonconforming = marks.list(proposal.samples.filter((s) => !s.conforms).map((s) => `${s.id}${marks.paren(marks.list(s.findings.map((f) => w.findings[f])))}`));
      const note = w.applyNote({
        size: proposal.size,
        population: proposal.population,
        seed: proposal.seed,
        file: files.map((file) => draft.relativePath(file)).join(', '),
        ids: proposal.samples.map((s) => s.id).join(' '),
        nonconforming,
        unchecked: marks.list((proposal.unchecked ?? []).map((field) => w.fields[field])),
      });
      draft.set(['answers', proposal.indicator], { result: proposed, note, evidence: files.map((file) => draft.relativePath(file)) });
      outcomes.push({ indicator: proposal.indicator, proposed, kind: 'written' });
      continue;
    }
    if (declared.text === 'na') {
      outcomes.push({ indicator: proposal.indicator, proposed, kind: 'kept', declared: declared.text, contradicted: false });
      continue;
    }
    const share = proposal.conforming / proposal.size;
    if (declared.text === proposed) {
      outcomes.push({ indicator: proposal.indicator, proposed, kind: 'same' });
      continue;
    }
    const contradicted = declared.share !== undefined && declared.share > share + 1e-9;
    outcomes.push({ indicator: proposal.indicator, proposed, kind: 'kept', declared: declared.text, contradicted });
    if (contradicted) diagnostics.push(warning('RECORDS_CONTRADICTED', { id: proposal.indicator, declared: declared.text, proposed }, { file: draft.file }));
  }
  return { outcomes, diagnostics };
}

/** A declared answer as text and as a share of conformity (met 1, unmet 0, k/n); undefined when unanswered. */
function declaredOf(existing: unknown): { text: string; share?: number } | undefined {
  if (existing === null || existing === undefined) return undefined;
  const result = typeof existing === 'object' ? ((existing as { result?: unknown; na?: unknown }).na !== undefined ? 'na' : (existing as { result?: unknown }).result) : existing;
  if (result === undefined || result === null) return undefined;
  const text = String(result).trim();
  if (text === 'met') return { text, share: 1 };
  if (text === 'unmet') return { text, share: 0 };
  const counted = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
  if (counted && Number(counted[2]) > 0) return { text, share: Number(counted[1]) / Number(counted[2]) };
  return { text };
}
