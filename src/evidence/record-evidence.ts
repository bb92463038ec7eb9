import { evidenceKey } from '../assessment/evidence-references.js';
import { AssessmentDraft } from '../questionnaire/assessment-draft.js';
import { acquireLock } from '../questionnaire/file-lock.js';
import type { EvidenceRecord, EvidenceStatus } from '../model/evidence.js';

/**
 * Writes each readable evidence path's sha256 and modification time into `evidenceLog:`, one line
 * per path, keeping the person's comments and layout (the questionnaire's draft does the edit).
 * A path already recorded with the same sha256 is left as it is, so recording twice changes
 * nothing; a missing file keeps its old record, so its return is checked against it.
 */
export async function recordEvidence(file: string, status: EvidenceStatus, today: string): Promise<number> {
  const wanted = status.files.filter((evidence) => evidence.sha256 !== null && evidence.state !== 'ok');
  if (wanted.length === 0) return 0;
  // The questionnaire saves this file after every answer: never write it under a running one.
  const release = acquireLock(file);
  try {
    const draft = await AssessmentDraft.open(file);
    const log = draft.get(['evidenceLog']);
    // A key the person wrote by hand (`证据\手册.pdf`) is updated where it is, not doubled.
    const written = new Map(Object.keys(log && typeof log === 'object' ? log : {}).map((key) => [evidenceKey(key), key]));
    for (const evidence of wanted) {
      const record: EvidenceRecord = { sha256: evidence.sha256!, ...(evidence.modified ? { modified: evidence.modified } : {}), recorded: today };
      draft.set(['evidenceLog', written.get(evidence.key) ?? evidence.key], record);
    }
    await draft.save();
    return wanted.length;
  } finally {
    release();
  }
}
