import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * The folder a catalogue named inside an assessment must be in: the assessment's git repository
 * (the nearest folder above it holding .git), or, outside any repository, the assessment's own
 * folder tree. A file from a pull request cannot make CI read `../secret/config.yml` or
 * `/etc/shadow` as its catalogue. `--catalogue` on the command line is the user's own choice and
 * is not confined.
 */
export function catalogueRoot(assessmentFile: string): string {
  const folder = real(path.dirname(path.resolve(assessmentFile)));
  for (let current = folder; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) return current;
    if (path.dirname(current) === current) return folder;
  }
}

/** True when the catalogue file, with every symlink followed, lies inside `root`. */
export function isInside(file: string, root: string): boolean {
  const relative = path.relative(root, real(file));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The path with symlinks followed as far as it exists (a missing file is judged by its folder). */
function real(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    const parent = path.dirname(file);
    return parent === file ? file : path.join(real(parent), path.basename(file));
  }
}
