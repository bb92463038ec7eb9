/** What `gbt27922 evidence FILE --record` writes per file in `evidenceLog:`: enough to notice a change. */
export interface EvidenceRecord {
  /** sha256 of the file's bytes (of a folder: of its files' names and hashes), lower-case hex. */
  sha256: string;
  /** The file's modification time when recorded, UTC, to the second: 2026-11-20T14:03:05Z. */
  modified?: string;
  /** The day it was recorded, YYYY-MM-DD. */
  recorded?: string;
}

/** What one evidence path evidences: an indicator's answer or an application document. */
export interface EvidenceUse {
  kind: 'indicator' | 'document';
  id: string;
}

/** One evidence path as the assessment writes it, where it is written, and what it evidences. */
export interface EvidenceReference {
  /** As written in the file. */
  path: string;
  /** The same path compared and logged: forward slashes, NFC, no `./`. */
  key: string;
  use: EvidenceUse;
  /** Where in the data it is written (`answers.<id>.evidence.<n>`), to place a caret; the same whatever the file's layout. */
  at: (string | number)[];
}

/**
 * ok: there and as recorded; unrecorded: there, never recorded; changed: there, different from
 * the record; missing: not there; outside: names a place outside the assessment's folder (not
 * read); unreadable: there but cannot be read; link: a web address, not checked.
 */
export type EvidenceState = 'ok' | 'unrecorded' | 'changed' | 'missing' | 'outside' | 'unreadable' | 'link';

export const EVIDENCE_STATES: readonly EvidenceState[] = ['missing', 'changed', 'outside', 'unreadable', 'unrecorded', 'ok', 'link'];

/** One evidence path after the check (a path named by several answers appears once). */
export interface EvidenceFile {
  path: string;
  key: string;
  uses: EvidenceUse[];
  state: EvidenceState;
  folder: boolean;
  /** What is on disk now; null when it could not be read, or (score, report) was never recorded and so not hashed. */
  sha256: string | null;
  modified: string | null;
  /** The record in the file, if any. */
  recorded: EvidenceRecord | null;
}

/** Every evidence path of an assessment, checked: the part of the result `score`, `validate` and the report show. */
export interface EvidenceStatus {
  files: EvidenceFile[];
  counts: Record<EvidenceState, number>;
}
