import { readdir } from '../source/file-system.js';
import path from 'node:path';
import type { RequiredDocument } from '../model/application.js';
import { error, UserError } from '../model/diagnostic.js';

const MAX_FILES = 5000;
const MAX_DEPTH = 4;
const SKIP = new Set(['node_modules', '.git', '.svn', '__MACOSX']);

/**
 * Proposes, for each application document, the files in an evidence folder whose names suggest
 * it (Chinese or English, any extension). Names are compared in Unicode NFC and lower case, since
 * macOS stores decomposed names and Windows users type any case. Only a proposal: the person confirms.
 */
export async function scanEvidence(folder: string, documents: readonly RequiredDocument[]): Promise<Map<string, string[]>> {
  const files = await listFiles(folder);
  const proposals = new Map<string, string[]>();
  for (const document of documents) {
    const hints = document.hints.map((hint) => hint.normalize('NFC').toLowerCase());
    const matches = files.filter((file) => {
      const name = path.basename(file).normalize('NFC').toLowerCase();
      return hints.some((hint) => name.includes(hint));
    });
    if (matches.length > 0) proposals.set(document.id, matches);
  }
  return proposals;
}

async function listFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  const visit = async (folder: string, depth: number) => {
    if (depth > MAX_DEPTH || found.length >= MAX_FILES) return;
    // A folder inside that cannot be listed (no permission, or gone meanwhile, as under /proc) is
    // passed over: the scan only proposes. The evidence folder itself must be listable.
    const entries = await readdir(folder, { withFileTypes: true }).catch((cause: NodeJS.ErrnoException) => {
      if (depth === 0) throw new UserError([error('EVIDENCE_DIR_INVALID', { folder, reason: cause.code ?? cause.message })]);
      return [];
    });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || SKIP.has(entry.name)) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await visit(full, depth + 1);
      else if (entry.isFile() && found.length < MAX_FILES) found.push(full);
    }
  };
  await visit(root, 0);
  return found;
}
