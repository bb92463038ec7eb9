import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface ExpandedInputs {
  files: string[];
  /** Patterns and folders that matched no assessment file. */
  empty: string[];
  /** True when the arguments may stand for several files (a pattern or a folder). */
  many: boolean;
}

const SKIP = new Set(['node_modules', '.git', '.svn', '.hg']);

/**
 * The files to score from what the user typed: a file as it is (a missing one is reported when
 * read), a folder as every assessment file under it, and a glob pattern (Windows shells do not
 * expand them) as every file it matches. Sorted, so results come in a stable order.
 */
export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
  const files: string[] = [];
  const empty: string[] = [];
  let many = inputs.length > 1;
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) {
      many = true;
      const found = await assessmentsUnder(input);
      if (found.length === 0) empty.push(input);
      files.push(...found);
    } else if (!info && /[*?[\]{}]/.test(input)) {
      many = true;
      // Loaded only for a pattern: scoring one named file does not pay for the glob library.
      const { glob } = await import('tinyglobby');
      const found = (await glob(input.split(path.sep).join('/'), { onlyFiles: true, expandDirectories: false })).sort();
      if (found.length === 0) empty.push(input);
      files.push(...found.map((file) => path.normalize(file)));
    } else {
      files.push(input);
    }
  }
  return { files, empty, many };
}

/** YAML files under a folder that say they are assessments (catalogues and CI files are passed over). */
async function assessmentsUnder(folder: string): Promise<string[]> {
  const found: string[] = [];
  const visit = async (dir: string) => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || SKIP.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await visit(full);
      else if (entry.isFile() && /\.ya?ml$/i.test(entry.name) && (await saysAssessment(full))) found.push(full);
    }
  };
  await visit(folder);
  return found;
}

async function saysAssessment(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    const head = buffer.subarray(0, bytesRead);
    // UTF-16 files put a NUL between ASCII letters; compare without them.
    return head.toString('latin1').replace(/\0/g, '').includes('gbt27922-assessment');
  } finally {
    await handle.close();
  }
}
