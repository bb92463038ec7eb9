import path from 'node:path';

type FileSystem = typeof import('../../src/source/file-system.js');

/**
 * The tool's file calls (src/source/file-system.ts) in which folders named `locked` cannot be
 * listed, as a folder without read permission (tests may run as root, where chmod does not stop a
 * read). For a test file's
 * `vi.mock('../../src/source/file-system.js', async (original) => (await import('../helpers/locked-folders.js')).lockedFolders(original))`.
 */
export async function lockedFolders(importOriginal: <T>() => Promise<T>): Promise<FileSystem> {
  const real = await importOriginal<FileSystem>();
  const readdir = (async (folder: string, options?: unknown) => {
    if (path.basename(String(folder)) === 'locked') throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(folder)}'`), { code: 'EACCES' });
    return real.readdir(folder, options as never);
  }) as FileSystem['readdir'];
  return { ...real, readdir };
}
