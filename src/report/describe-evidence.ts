import { evidenceText } from '../i18n/evidence-text.js';
import type { Lang } from '../model/bilingual-text.js';
import { EVIDENCE_STATES, type EvidenceFile, type EvidenceState, type EvidenceStatus, type EvidenceUse } from '../model/evidence.js';
import type { Result } from '../model/result.js';
import { documentTitle, indicatorLabel } from './describe-gap.js';

/** The states a reader must act on, in the order they are listed. */
export const EVIDENCE_PROBLEMS: readonly EvidenceState[] = ['missing', 'changed', 'outside', 'unreadable'];

/** "3 个证据文件：1 个缺失，1 个已修改，1 个未记录" — states with none are left out. */
export function evidenceSummary(status: EvidenceStatus, lang: Lang): string {
  const words = evidenceText(lang);
  const parts = EVIDENCE_STATES.filter((state) => status.counts[state] > 0).map((state) => words.count(status.counts[state], state));
  return words.summary(status.files.length, parts);
}

export function evidenceProblems(status: EvidenceStatus): EvidenceFile[] {
  return EVIDENCE_PROBLEMS.flatMap((state) => status.files.filter((file) => file.state === state));
}

/** What a file evidences, as a person reads it: indicator titles, or the document's title. */
export function evidenceUseLabel(result: Result | undefined, use: EvidenceUse, lang: Lang): string {
  if (use.kind === 'document') return evidenceText(lang).document(result ? documentTitle(result, use.id, lang) : use.id);
  return result ? indicatorLabel(result, use.id, lang) : use.id;
}

/** The code each problem state is reported with (the same as the diagnostics of validate). */
export const EVIDENCE_CODES: Partial<Record<EvidenceState, string>> = { missing: 'EVIDENCE_MISSING', changed: 'EVIDENCE_CHANGED', outside: 'EVIDENCE_OUTSIDE', unreadable: 'EVIDENCE_UNREADABLE' };
