import { nodeCrypto } from '../source/crypto-on-use.js';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { readdir, stat } from '../source/file-system.js';
import path from 'node:path';
import { catalogueRoot, isInside } from '../catalogue/catalogue-confinement.js';
import type { Assessment } from '../model/assessment.js';
import { EVIDENCE_STATES, type EvidenceFile, type EvidenceState, type EvidenceStatus } from '../model/evidence.js';
import { isLink } from '../assessment/evidence-references.js';

/** A folder named as evidence is hashed over at most this many files, this deep. */
const FOLDER_FILES = 10_000;
const FOLDER_DEPTH = 8;
/**
 * A file up to this size is read whole to be hashed: one read, where a stream took several trips
 * through the thread pool (~2 ms of scoring the example's two PDFs). Larger ones (a records export
 * of hundreds of megabytes) are streamed, so memory stays flat.
 */
const READ_WHOLE_BYTES = 8 * 1024 * 1024;

/**
 * Checks every evidence path of an assessment: there or not, inside the assessment's folder (its
 * git repository, as for catalogues: a file from a pull request cannot make CI read /etc/shadow),
 * and, when the file records one, the same sha256 as recorded. Paths are relative to the file.
 */
export async function checkEvidence(assessment: Pick<Assessment, 'file' | 'evidence' | 'evidenceLog'>, options: { hashUnrecorded?: boolean } = {}): Promise<EvidenceStatus> {
  const hashUnrecorded = options.hashUnrecorded ?? true;
  const folder = path.dirname(path.resolve(assessment.file));
  const root = catalogueRoot(assessment.file);
  const byKey = new Map<string, EvidenceFile>();
  for (const reference of assessment.evidence) {
    const known = byKey.get(reference.key);
    if (known) {
      if (!known.uses.some((use) => use.kind === reference.use.kind && use.id === reference.use.id)) known.uses.push(reference.use);
      continue;
    }
    byKey.set(reference.key, {
      path: reference.path,
      key: reference.key,
      uses: [reference.use],
      state: 'missing',
      folder: false,
      sha256: null,
      modified: null,
      recorded: assessment.evidenceLog[reference.key] ?? null,
    });
  }
  const files = [...byKey.values()];
  for (const file of files) Object.assign(file, await look(file, folder, root, hashUnrecorded));
  const counts = Object.fromEntries(EVIDENCE_STATES.map((state) => [state, 0])) as Record<EvidenceState, number>;
  for (const file of files) counts[file.state]++;
  return { files, counts };
}

/** Where an evidence path leads on this machine; undefined for a place outside `root`. */
export function evidenceLocation(key: string, folder: string, root: string): string | undefined {
  // `C:/…` or `//server/…` on a machine that is not Windows still names a place outside the folder.
  if (/^[a-z]:\//i.test(key) || key.startsWith('//')) return process.platform === 'win32' && isInside(path.resolve(key), root) ? path.resolve(key) : undefined;
  const full = path.resolve(folder, key.split('/').join(path.sep));
  return isInside(full, root) ? full : undefined;
}

async function look(file: EvidenceFile, folder: string, root: string, hashUnrecorded: boolean): Promise<Pick<EvidenceFile, 'state' | 'folder' | 'sha256' | 'modified'>> {
  if (isLink(file.path)) return { state: 'link', folder: false, sha256: null, modified: null };
  const location = evidenceLocation(file.key, folder, root);
  if (location === undefined) return { state: 'outside', folder: false, sha256: null, modified: null };
  const found = await findOnDisk(location);
  if (!found) return { state: 'missing', folder: false, sha256: null, modified: null };
  try {
    // Synchronous, as findOnDisk: the answer is needed before anything else happens.
    const info = statSync(found);
    if (!info.isFile() && !info.isDirectory()) return { state: 'unreadable', folder: false, sha256: null, modified: null };
    // Nothing to compare a file never recorded with: score and report only need to know it is there
    // (a records export named as evidence can be hundreds of megabytes).
    if (file.recorded === null && !hashUnrecorded) return { state: 'unrecorded', folder: info.isDirectory(), sha256: null, modified: utcSecond(info.mtime) };
    const hashed = info.isDirectory() ? await hashFolder(found) : { sha256: await hashFile(found, info.size), modified: info.mtime };
    const sha256 = hashed.sha256;
    const state: EvidenceState = file.recorded === null ? 'unrecorded' : file.recorded.sha256 === sha256 ? 'ok' : 'changed';
    return { state, folder: info.isDirectory(), sha256, modified: utcSecond(hashed.modified) };
  } catch {
    return { state: 'unreadable', folder: false, sha256: null, modified: null };
  }
}

/**
 * The file as named, or, where the file system keeps names as they were written (Linux), the one
 * whose name differs only in Unicode normalisation: a folder copied from a Mac has NFD names.
 */
export async function findOnDisk(location: string): Promise<string | undefined> {
  // Asked of every evidence path of every file a batch scores: a synchronous look costs a tenth
  // of a trip through the thread pool, and the answer is needed before anything else happens.
  if (existsSync(location)) return location;
  const parent = path.dirname(location);
  if (parent === location) return undefined;
  const within = await findOnDisk(parent);
  if (!within) return undefined;
  const name = path.basename(location);
  if (within !== parent && existsSync(path.join(within, name))) return path.join(within, name);
  const wanted = name.normalize('NFC');
  // A name spelt the same in both forms (ASCII, Chinese characters) has no other spelling to look
  // for, so its folder is not listed: in a consultant's batch that folder holds a thousand files.
  if (wanted === wanted.normalize('NFD')) return undefined;
  const names = await readdir(within).catch(() => [] as string[]);
  const match = names.find((name) => name.normalize('NFC') === wanted);
  return match === undefined ? undefined : path.join(within, match);
}

/** The sha256 of a file's bytes; `size`, when known, lets a small file be read whole. */
export function hashFile(file: string, size?: number): Promise<string> {
  if (size !== undefined && size <= READ_WHOLE_BYTES) {
    try {
      return Promise.resolve(nodeCrypto().createHash('sha256').update(readFileSync(file)).digest('hex'));
    } catch (cause) {
      return Promise.reject(cause);
    }
  }
  return new Promise((resolve, reject) => {
    const hash = nodeCrypto().createHash('sha256');
    createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** The files of a folder evidence, in a stable order, with their paths relative to it. */
export async function listFolder(folder: string): Promise<{ relative: string; full: string }[]> {
  const found: { relative: string; full: string }[] = [];
  const visit = async (current: string, depth: number) => {
    if (depth > FOLDER_DEPTH || found.length >= FOLDER_FILES) return;
    const entries = await readdir(current, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await visit(full, depth + 1);
      else if (entry.isFile() && found.length < FOLDER_FILES) found.push({ relative: path.relative(folder, full).split(path.sep).join('/').normalize('NFC'), full });
    }
  };
  await visit(folder, 0);
  return found;
}

/** A folder's hash covers its files' names and contents; its date is its newest file's. */
async function hashFolder(folder: string): Promise<{ sha256: string; modified: Date }> {
  const hash = nodeCrypto().createHash('sha256');
  let newest = (await stat(folder)).mtime;
  for (const file of await listFolder(folder)) {
    const info = await stat(file.full);
    if (info.mtime > newest) newest = info.mtime;
    hash.update(`${file.relative}\0${await hashFile(file.full, info.size)}\n`);
  }
  return { sha256: hash.digest('hex'), modified: newest };
}

function utcSecond(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
