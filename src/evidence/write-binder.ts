import { copyFile, mkdir, readdir, realpath, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { catalogueRoot } from '../catalogue/catalogue-confinement.js';
import type { Lang } from '../model/bilingual-text.js';
import { error, UserError } from '../model/diagnostic.js';
import type { EvidenceStatus } from '../model/evidence.js';
import type { Result } from '../model/result.js';
import { writeFailure } from '../source/write-file-atomic.js';
import { binderLayout } from './binder-layout.js';
import { evidenceLocation, findOnDisk, hashFile, listFolder } from './check-evidence.js';
import { binderIndexMarkdown, binderIndexXlsx, binderIndexNames, type BinderRow } from './binder-index.js';

export interface BinderOptions {
  assessmentFile: string;
  folder: string;
  force: boolean;
  lang: Lang;
  today: string;
}

export interface BinderOutcome {
  copied: number;
  missing: number;
  rows: BinderRow[];
}

/**
 * Assembles the evidence and the application documents into `folder`, one numbered sub-folder per
 * document and per class of indicators, with an index (Markdown and xlsx) naming each file, what
 * it evidences and the sha256 of the copy. Copies, never moves; keeps each file's modification
 * time; never writes into a folder with content unless `force`.
 */
export async function writeBinder(result: Result, status: EvidenceStatus, options: BinderOptions): Promise<BinderOutcome> {
  const target = path.resolve(options.folder);
  await refuseUnlessEmpty(target, options.force);
  const assessmentFolder = path.dirname(path.resolve(options.assessmentFile));
  const root = catalogueRoot(options.assessmentFile);
  const sources = new Map<string, string>();
  for (const evidence of status.files) {
    if (evidence.sha256 === null) continue;
    const location = evidenceLocation(evidence.key, assessmentFolder, root);
    const found = location && (await findOnDisk(location));
    if (!found) continue;
    const real = await realpath(found);
    // A binder inside a folder it copies would copy itself into itself without end.
    if (evidence.folder && isWithin(target, real)) throw new UserError([error('BINDER_INSIDE_EVIDENCE', { folder: options.folder, path: evidence.path })]);
    sources.set(evidence.key, real);
  }
  const sections = binderLayout(result, status.files, options.lang);
  const rows: BinderRow[] = [];
  let copied = 0;
  let missing = 0;
  try {
    await mkdir(target, { recursive: true });
    for (const section of sections) {
      for (const entry of section.entries) {
        const source = sources.get(entry.evidence.key);
        const base = { section, entry };
        if (!source) {
          // A web address is listed, not copied; anything else not copied is missing for the auditor.
          if (entry.evidence.state !== 'link') missing++;
          rows.push({ ...base, copied: [] });
          continue;
        }
        const destination = path.join(target, section.folder, entry.name);
        const written = entry.evidence.folder ? await copyFolder(source, destination) : [await copyOne(source, destination, entry.name)];
        copied += written.length;
        rows.push({ ...base, copied: written });
      }
    }
    const names = binderIndexNames(options.lang);
    await writeFile(path.join(target, names.markdown), binderIndexMarkdown(result, sections, rows, options));
    await writeFile(path.join(target, names.xlsx), await binderIndexXlsx(result, rows, options));
  } catch (cause) {
    if (cause instanceof UserError) throw cause;
    throw new UserError([writeFailure(cause, options.folder)]);
  }
  return { copied, missing, rows };
}

async function refuseUnlessEmpty(target: string, force: boolean): Promise<void> {
  let names: string[];
  try {
    names = await readdir(target);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') throw new UserError([error('BINDER_NOT_EMPTY', { folder: target })]);
    throw new UserError([writeFailure(cause, target)]);
  }
  if (names.length > 0 && !force) throw new UserError([error('BINDER_NOT_EMPTY', { folder: target })]);
}

/** One file copied, with the original's modification time, and the sha256 of the copy as written. */
async function copyOne(source: string, destination: string, relative: string): Promise<{ relative: string; sha256: string; modified: Date }> {
  await mkdir(path.dirname(destination), { recursive: true });
  // The copy must not be the original (a binder forced into the evidence folder itself).
  if (path.resolve(destination) !== source) await copyFile(source, destination);
  const info = await stat(source);
  await utimes(destination, info.atime, info.mtime);
  return { relative, sha256: await hashFile(destination), modified: info.mtime };
}

async function copyFolder(source: string, destination: string): Promise<{ relative: string; sha256: string; modified: Date }[]> {
  const copied = [];
  const name = path.basename(destination);
  for (const file of await listFolder(source)) copied.push(await copyOne(file.full, path.join(destination, ...file.relative.split('/')), `${name}/${file.relative}`));
  return copied;
}

function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
