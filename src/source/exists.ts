import { access } from 'node:fs/promises';

/** Whether anything is at this path (a file, a folder, a link that leads somewhere). */
export async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
