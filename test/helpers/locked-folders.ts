import path from 'node:path';

/**
 * node:fs/promises in which folders named `locked` cannot be listed, as a folder without read
 * permission (tests may run as root, where chmod does not stop a read). For a test file's
 * `vi.mock('node:fs/promises', async (original) => (await import('../helpers/locked-folders.js')).lockedFolders(original))`.
 */
export async function lockedFolders(importOriginal: <T>() => Promise<T>) {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const readdir = (async (folder: string, options?: unknown) => {
    if (path.basename(String(folder)) === 'locked') throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(folder)}'`), { code: 'EACCES' });
    return real.readdir(folder, options as never);
  }) as typeof real.readdir;
  return { ...real, readdir, default: { ...real, readdir } };
}
