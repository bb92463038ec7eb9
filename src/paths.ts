import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The package's own folder: the nearest one above this module whose package.json is ours. Found,
 * not assumed, because this code runs from src/ under tests, from dist/ when built and from
 * dist/bundle/ when bundled. Data files are read from here, never from the current directory, so
 * the tool works from anywhere it is installed.
 */
export const packageRoot = findPackageRoot(import.meta.dirname);

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'gbt27922') return dir;
    if (path.dirname(dir) === dir) throw new Error(`gbt27922: cannot find the package folder above ${start}`);
  }
}

export const indicatorsDir = path.join(packageRoot, 'indicators');
export const schemaDir = path.join(indicatorsDir, 'schema');
export const templatesDir = path.join(packageRoot, 'templates');
