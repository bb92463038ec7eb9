import type { AssessmentData } from '../model/assessment.js';
import type { EvidenceRecord, EvidenceReference } from '../model/evidence.js';

/**
 * The path as it is compared and logged. A Windows user writes `证据\手册.pdf`, a Mac stores names
 * decomposed (NFD): both name the same file as `证据/手册.pdf` typed on Linux.
 */
export function evidenceKey(written: string): string {
  if (isLink(written)) return written.trim();
  const slashes = written.trim().normalize('NFC').replace(/\\/g, '/');
  return slashes
    .replace(/(.)\/+$/, '$1')
    .replace(/\/{2,}/g, (run, offset: number) => (offset === 0 ? run : '/'))
    .replace(/^(\.\/)+/, '')
    .replace(/\/(\.\/)+/g, '/');
}

/** A web address is evidence too, but not a file to check. */
export function isLink(written: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(written.trim());
}

/**
 * Every evidence path of the file: the indicators' `evidence:` lists (under the id they count for)
 * and the documents' `files:`, in the order of `order` (the catalogue's indicators, then the
 * application's documents), so the list does not depend on how the file is laid out. `resolveId`
 * maps a former indicator id to its successor.
 */
export function collectEvidenceReferences(
  data: Pick<AssessmentData, 'answers' | 'documents'>,
  resolveId: (id: string) => string | undefined,
  order: { indicators: readonly string[]; documents: readonly string[] },
): EvidenceReference[] {
  const references: EvidenceReference[] = [];
  const add = (written: unknown, use: EvidenceReference['use'], keys: (string | number)[]) => {
    if (typeof written !== 'string' || written.trim() === '') return;
    references.push({ path: written, key: evidenceKey(written), use, at: keys });
  };
  for (const [id, raw] of Object.entries(data.answers ?? {})) {
    const current = resolveId(id);
    if (current === undefined || raw === null || typeof raw !== 'object' || !Array.isArray(raw.evidence)) continue;
    raw.evidence.forEach((written, index) => add(written, { kind: 'indicator', id: current }, ['answers', id, 'evidence', index]));
  }
  for (const [id, raw] of Object.entries(data.documents ?? {})) {
    if (raw === null || typeof raw !== 'object' || !Array.isArray(raw.files)) continue;
    raw.files.forEach((written, index) => add(written, { kind: 'document', id }, ['documents', id, 'files', index]));
  }
  const rank = (use: EvidenceReference['use']) => {
    const [list, offset] = use.kind === 'indicator' ? [order.indicators, 0] : [order.documents, order.indicators.length + 1];
    const index = list.indexOf(use.id);
    return offset + (index === -1 ? list.length : index);
  };
  // A stable sort: the entries of one answer keep the order they are written in.
  return references.sort((a, b) => rank(a.use) - rank(b.use));
}

/** The log as the file holds it, keyed by the compared path (an empty entry is no record). */
export function evidenceLogOf(raw: AssessmentData['evidenceLog']): Record<string, EvidenceRecord> {
  const log: Record<string, EvidenceRecord> = {};
  for (const [written, record] of Object.entries(raw ?? {})) if (record) log[evidenceKey(written)] = record;
  return log;
}
