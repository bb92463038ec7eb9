import path from 'node:path';
import { catalogueRoot } from '../catalogue/catalogue-confinement.js';
import { error, notice, warning, type Diagnostic } from '../model/diagnostic.js';
import type { ErrorCode } from '../model/error-codes.js';
import type { EvidenceReference, EvidenceStatus, EvidenceUse } from '../model/evidence.js';

/**
 * The evidence check as coded diagnostics, each at the first place the file names the path:
 * missing, changed, outside or unreadable evidence is a warning (an error with `strict`); files
 * never recorded make one notice.
 */
export function evidenceDiagnostics(file: string, references: readonly EvidenceReference[], status: EvidenceStatus, strict = false): Diagnostic[] {
  const raise = strict ? error : warning;
  const firstPlace = new Map<string, EvidenceReference>();
  for (const reference of references) if (!firstPlace.has(reference.key)) firstPlace.set(reference.key, reference);
  const diagnostics: Diagnostic[] = [];
  const at = (key: string) => {
    const position = firstPlace.get(key)?.position;
    return { file, ...(position ? { position } : {}) };
  };
  const codes: Partial<Record<EvidenceStatus['files'][number]['state'], ErrorCode>> = {
    missing: 'EVIDENCE_MISSING',
    changed: 'EVIDENCE_CHANGED',
    outside: 'EVIDENCE_OUTSIDE',
    unreadable: 'EVIDENCE_UNREADABLE',
  };
  for (const evidence of status.files) {
    const code = codes[evidence.state];
    if (!code) continue;
    const params: Record<string, string> = { path: evidence.path, uses: usesText(evidence.uses), file, folder: path.dirname(file) || '.', root: catalogueRoot(file) };
    if (evidence.state === 'changed') Object.assign(params, { recorded: evidence.recorded?.recorded ?? '?', was: evidence.recorded!.sha256.slice(0, 12), now: evidence.sha256!.slice(0, 12) });
    diagnostics.push(raise(code, params, at(evidence.key)));
  }
  if (status.counts.unrecorded > 0) diagnostics.push(notice('EVIDENCE_NOT_RECORDED', { count: status.counts.unrecorded, file }, { file }));
  return diagnostics;
}

/** Ids, not titles: a diagnostic names what the file names (`culture.commitment`, `documents.business-license`). */
function usesText(uses: readonly EvidenceUse[]): string {
  return uses.map((use) => (use.kind === 'document' ? `documents.${use.id}` : use.id)).join(', ');
}
