import { createRequire } from 'node:module';

const require = createRequire(import.meta.filename);

/**
 * node:crypto, loaded when first called rather than when a module importing it loads: loading it
 * costs ~3 ms, and a `score` of a file without recorded evidence, or `validate`, never hashes
 * anything. For the modules on that path (files are written, catalogues and evidence hashed only
 * sometimes); where crypto is needed at once (serve's tokens) it is imported as usual.
 */
export function nodeCrypto(): typeof import('node:crypto') {
  return require('node:crypto') as typeof import('node:crypto');
}
