import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { packageRoot, schemaDir } from '../paths.js';
import { AJV_OPTIONS, SCHEMA_NAMES } from '../source/schema-names.js';
import { schemaHash } from '../source/validate-schema.js';

/**
 * Build step: each JSON Schema compiled once into plain JavaScript (ajv "standalone" code), so a
 * run of the tool neither loads the ajv compiler nor compiles a schema (about 100 ms of `score`).
 * CommonJS on purpose: ajv's ESM standalone output still requires its runtime with `require`.
 */
export function compileValidators(outputDir = path.join(packageRoot, 'dist', 'generated')): string {
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
  for (const name of SCHEMA_NAMES) {
    ajv.addSchema(JSON.parse(readFileSync(path.join(schemaDir, `${name}.schema.json`), 'utf8')), name);
  }
  // The one runtime helper the code needs (string length in code points, for minLength) is written
  // in, so the shipped validators need no ajv at all.
  const code = standaloneCode
    .default(ajv, Object.fromEntries(SCHEMA_NAMES.map((name) => [name, name])))
    .replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, '((text) => [...text].length)');
  if (/require\(/.test(code)) throw new Error('the standalone validators still require a module; inline it too');
  mkdirSync(outputDir, { recursive: true });
  const file = path.join(outputDir, 'validators.cjs');
  writeFileSync(file, `${code}\nexports.schemaHash = ${JSON.stringify(schemaHash())};\n`);
  return file;
}
