import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from './paths.js';

/** Set by the bundler (esbuild `define`), so the bundled CLI knows its version without reading a file. */
declare const __GBT27922_VERSION__: string | undefined;

export function packageVersion(): string {
  if (typeof __GBT27922_VERSION__ === 'string') return __GBT27922_VERSION__;
  const manifest = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
