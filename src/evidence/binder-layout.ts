import path from 'node:path';
import type { Lang } from '../model/bilingual-text.js';
import type { EvidenceFile, EvidenceUse } from '../model/evidence.js';
import type { Result } from '../model/result.js';

/** One numbered section of the binder: an application document, or a class of indicators. */
export interface BinderSection {
  number: number;
  /** The folder's name: `03-产品说明`; Windows-safe. */
  folder: string;
  title: string;
  kind: 'document' | 'class';
  id: string;
  /** The document's status (ready/missing/na/unanswered); null for a class. */
  status: string | null;
  entries: BinderEntry[];
}

/** One evidence path placed in a section, under the name it gets there. */
export interface BinderEntry {
  evidence: EvidenceFile;
  /** Its name inside the section's folder: the source's own, numbered when two differ only by folder. */
  name: string;
  /** What it evidences within this section. */
  uses: EvidenceUse[];
}

/**
 * Where each evidence path goes: the documents first, numbered as the application's document list
 * orders them (the body profile's list when the file names one), then the catalogue's classes. A
 * path named by several indicators of one class is copied once; a file used by a document and by
 * an indicator appears in both sections, so each section is complete in itself.
 */
export function binderLayout(result: Result, files: readonly EvidenceFile[], lang: Lang): BinderSection[] {
  const documents = [...result.documents.entries];
  // A document answered but not on this profile's list still has its files placed, after the list.
  for (const file of files)
    for (const use of file.uses)
      if (use.kind === 'document' && !documents.some((entry) => entry.id === use.id)) documents.push({ id: use.id, title: { zh: use.id, en: use.id }, status: 'unanswered', note: null, files: [] });
  const classOf = new Map(result.indicators.map((indicator) => [indicator.id, indicator.classId]));
  const sections: BinderSection[] = [];
  let number = 0;
  for (const document of documents) {
    number++;
    const title = document.title[lang];
    sections.push({
      number,
      folder: folderName(number, title),
      title,
      kind: 'document',
      id: document.id,
      status: document.status,
      entries: place(files, (use) => use.kind === 'document' && use.id === document.id),
    });
  }
  for (const klass of result.classes) {
    number++;
    const title = klass.title[lang];
    sections.push({
      number,
      folder: folderName(number, title),
      title,
      kind: 'class',
      id: klass.id,
      status: null,
      entries: place(files, (use) => use.kind === 'indicator' && classOf.get(use.id) === klass.id),
    });
  }
  return sections;
}

function place(files: readonly EvidenceFile[], belongs: (use: EvidenceUse) => boolean): BinderEntry[] {
  const entries: BinderEntry[] = [];
  const taken = new Set<string>();
  for (const evidence of files) {
    const uses = evidence.uses.filter(belongs);
    if (uses.length === 0) continue;
    const name = uniqueName(safeName(lastSegment(evidence.key)), taken);
    taken.add(name.toLowerCase());
    entries.push({ evidence, name, uses });
  }
  return entries;
}

function lastSegment(key: string): string {
  const segments = key.split('/').filter((segment) => segment !== '' && segment !== '.' && segment !== '..');
  return segments[segments.length - 1] ?? 'evidence';
}

/** `手册.pdf`, `手册 (2).pdf`, …: names compared without case, as Windows and macOS do. */
function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  const extension = path.extname(name);
  const stem = extension ? name.slice(0, -extension.length) : name;
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${extension}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** `03-产品说明`: two digits keep the folders in the list's order in every file browser. */
export function folderName(number: number, title: string): string {
  return `${String(number).padStart(2, '0')}-${safeName(title).slice(0, 60)}`;
}

/** A name Windows accepts: none of <>:"/\|?* or control characters, no trailing dot or space, not a device name. */
export function safeName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_')
    .replace(/[. ]+$/, '')
    .trim();
  if (cleaned === '') return '_';
  return /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(cleaned) ? `_${cleaned}` : cleaned;
}
