import { nodeCrypto } from './crypto-on-use.js';
import path from 'node:path';
import { error, type Diagnostic } from '../model/diagnostic.js';
import { isProcessRunning } from './process-running.js';

/**
 * Replaces a file so that a reader, a crash or Ctrl-C at any moment sees either the old content or
 * the new, never half of each: write a temporary file in the same folder (so the rename stays on
 * one file system), flush it to disk, then rename it over the target.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  // Imported here, not with the module: most runs write nothing (src/source/file-system.ts).
  const { open, rm } = await import('node:fs/promises');
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temporary, 'w');
  try {
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temporary, file);
  } catch (cause) {
    // A full disk fails the write or the flush: the half-written temporary file goes too.
    await rm(temporary, { force: true }).catch(() => undefined);
    throw cause;
  }
}

/** Why a file could not be written, as a diagnostic: a full disk is said to be one, not a permission problem. */
export function writeFailure(cause: unknown, file: string): Diagnostic {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  const reason = code ?? (cause instanceof Error ? cause.message : String(cause));
  return error(code === 'ENOSPC' || code === 'EDQUOT' ? 'DISK_FULL' : 'OUTPUT_NOT_WRITABLE', { reason }, { file });
}

/**
 * On Windows a rename over a file fails for a moment while an antivirus scanner or an editor holds
 * it (EPERM, EBUSY, EACCES); a few short retries ride that out.
 */
async function renameWithRetry(from: string, to: string): Promise<void> {
  const { rename } = await import('node:fs/promises');
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      if (attempt >= 5 || !(code === 'EPERM' || code === 'EBUSY' || code === 'EACCES')) throw cause;
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
    }
  }
}

/** Temporary files of saves that were killed midway (their process is gone): removed, never read. */
export async function removeStaleTemporaries(file: string): Promise<void> {
  const prefix = `.${path.basename(file)}.`;
  const folder = path.dirname(file);
  const { readdir, rm } = await import('node:fs/promises');
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    const match = name.startsWith(prefix) ? /\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name) : null;
    if (match && !isProcessRunning(Number(match[1]))) await rm(path.join(folder, name), { force: true });
  }
}
