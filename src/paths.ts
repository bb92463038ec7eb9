import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * The package's own folder, found from this file: src/paths.ts under tests, dist/paths.js when
 * built, both one level below the root. Data files are read from here, never from the current
 * directory, so the tool works from anywhere it is installed.
 */
export const packageRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

export const indicatorsDir = path.join(packageRoot, 'indicators');
export const schemaDir = path.join(indicatorsDir, 'schema');
export const templatesDir = path.join(packageRoot, 'templates');
