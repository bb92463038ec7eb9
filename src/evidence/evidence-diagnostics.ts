import path from 'node:path';
import { catalogueRoot } from '../catalogue/catalogue-confinement.js';
import { error, notice, warning, type Diagnostic } from '../model/diagnostic.js';
import type { StrictWarningCode } from '../model/error-codes.js';
import { loadYamlFile } from '../source/load-yaml-file.js';
import { locate } from '../source/locate.js';
import type { EvidenceReference, EvidenceStatus, EvidenceUse } from '../model/evidence.js';

/**
 * The evidence check as coded diagnostics, each at the first place the file names the path:
 * missing, changed, outside or unreadable evidence is a warning (an error with `strict`); files
 * never recorded make one notice.
 */
export async function evidenceDiagnostics(file: string, references: readonly EvidenceReference[], status: EvidenceStatus, strict = false): Promise<Diagnostic[]> {
  const raise = strict ? error : warning;
  const firstPlace = new Map<string, EvidenceReference>();
  for (const reference of references) if (!firstPlace.has(reference.key)) firstPlace.set(reference.key, reference);
  const diagnostics: Diagnostic[] = [];
  const codes: Partial<Record<EvidenceStatus['files'][number]['state'], StrictWarningCode>> = {
    missing: 'EVIDENCE_MISSING',
    changed: 'EVIDENCE_CHANGED',
    outside: 'EVIDENCE_OUTSIDE',
    unreadable: 'EVIDENCE_UNREADABLE',
  };
  // Read again only when there is something to place: the check itself needs no positions.
  const parsed = status.files.some((evidence) => evidence.state in codes) ? await loadYamlFile(file, 'assessment') : undefined;
  const at = (key: string) => {
    const keys = firstPlace.get(key)?.at;
    const position = parsed?.ok && keys ? locate(parsed.value, keys) : undefined;
    return { file, ...(position ? { position } : {}) };
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
