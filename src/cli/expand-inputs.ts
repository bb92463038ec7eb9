import { existsSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import { readdir, readFile, stat } from '../source/file-system.js';
import { MAX_SOURCE_BYTES } from '../source/read-source.js';

export interface ExpandedInputs {
  files: string[];
  /** Patterns and folders that matched no assessment file. */
  empty: string[];
  /** YAML files a folder or a pattern held that are not assessments (catalogues, other tools' files). */
  passedOver: string[];
  /** Folders under a folder argument that could not be listed (no permission): their files were not scored. */
  unreadable: string[];
  /** True when the arguments may stand for several files (a pattern or a folder). */
  many: boolean;
}

const SKIP = new Set(['node_modules', '.git', '.svn', '.hg']);
const PATTERN = /[*?[\]{}]/;

/**
 * The files to work on from what the user typed: a file as it is (a missing one is reported when
 * read), a folder as every assessment file under it, and a glob pattern (Windows shells do not
 * expand them) as every assessment file it matches. Sorted, so results come in a stable order.
 */
export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
  const result: ExpandedInputs = { files: [], empty: [], passedOver: [], unreadable: [], many: inputs.length > 1 };
  for (const input of inputs) {
    // Synchronous, as the answer is needed before anything else: a stat through the thread pool
    // started it, on a run that may need it for nothing else (read-source.ts).
    const info = statOrUndefined(input);
    let candidates: string[] | undefined;
    if (info?.isDirectory()) candidates = await yamlFilesUnder(input, result.unreadable);
    else if (!info && PATTERN.test(input)) candidates = await matching(input);
    if (!candidates) {
      result.files.push(input);
      continue;
    }
    result.many = true;
    const kept: string[] = [];
    for (const file of candidates) ((await looksLikeAssessment(file)) ? kept : result.passedOver).push(file);
    if (kept.length === 0) result.empty.push(input);
    result.files.push(...kept);
  }
  return result;
}

function statOrUndefined(input: string): Stats | undefined {
  try {
    return statSync(input);
  } catch {
    return undefined;
  }
}

/**
 * Files a pattern matches. The part of the pattern that is an existing folder is taken literally
 * (Windows names such as "新建文件夹 (2)" hold pattern characters), the rest is matched under it.
 */
async function matching(input: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const parts = input.split(/[\\/]/);
  let base = 0;
  for (let i = parts.length - 1; i > 0; i--) {
    const folder = parts.slice(0, i).join(path.sep) || path.sep;
    if (existsSync(folder) && statSync(folder).isDirectory()) {
      base = i;
      break;
    }
  }
  const cwd = base === 0 ? process.cwd() : parts.slice(0, base).join(path.sep) || path.sep;
  const found = await glob(parts.slice(base).join('/'), { cwd, onlyFiles: true, expandDirectories: false });
  return found.map((file) => (base === 0 ? path.normalize(file) : path.join(cwd, file))).sort();
}

async function yamlFilesUnder(folder: string, unreadable: string[]): Promise<string[]> {
  const found: string[] = [];
  const visit = async (dir: string) => {
    const listed = await readdir(dir, { withFileTypes: true }).catch(() => undefined);
    if (!listed) {
      unreadable.push(dir);
      return;
    }
    const entries = listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || SKIP.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await visit(full);
      else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) found.push(full);
    }
  };
  await visit(folder);
  return found;
}

/**
 * An assessment says so (gbt27922-assessment, however mistyped the rest of the file is); a file
 * too large to be one is kept, so that it is reported rather than passed over.
 */
async function looksLikeAssessment(file: string): Promise<boolean> {
  let bytes: Buffer;
  try {
    // A device or a pipe a pattern matched (z.yaml -> /dev/zero) is never read: it never ends.
    // Kept, as a file too large to be one, to be reported when it is read.
    const info = await stat(file);
    if (!info.isFile() || info.size > MAX_SOURCE_BYTES) return true;
    bytes = await readFile(file);
  } catch {
    // One that cannot be read is kept, to be reported with its reason when it is read.
    return true;
  }
  // UTF-16 files put a NUL between ASCII letters; compare without them.
  return bytes.toString('latin1').replace(/\0/g, '').includes('gbt27922-assessment');
}
