import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { packageRoot, schemaDir } from '../paths.js';
import { AJV_OPTIONS, SCHEMA_NAMES } from '../source/schema-names.js';
import { schemaHash } from '../source/validate-schema.js';
import { asciiStrings } from './ascii-only.js';

/**
 * Build step: each JSON Schema compiled once into plain JavaScript (ajv "standalone" code), so a
 * run of the tool neither loads the ajv compiler nor compiles a schema (about 100 ms of `score`).
 * One file per schema (dist/generated/validators/<name>.cjs): a run loads the two or three it
 * checks with, not all ten (320 KB, whose schema constants were built on every start).
 * CommonJS on purpose: ajv's ESM standalone output still requires its runtime with `require`.
 */
export function compileValidators(outputDir = path.join(packageRoot, 'dist', 'generated', 'validators')): string {
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
  for (const name of SCHEMA_NAMES) {
    ajv.addSchema(JSON.parse(readFileSync(path.join(schemaDir, `${name}.schema.json`), 'utf8')), name);
  }
  rmSync(outputDir, { recursive: true, force: true });
  mkdirSync(outputDir, { recursive: true });
  for (const name of SCHEMA_NAMES) {
    // The one runtime helper the code needs (string length in code points, for minLength) is
    // written in, so the shipped validators need no ajv at all.
    const code = standaloneCode.default(ajv, { [name]: name }).replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, '((text) => [...text].length)');
    if (/require\(/.test(code)) throw new Error('the standalone validators still require a module; inline it too');
    writeFileSync(path.join(outputDir, `${name}.cjs`), `${asciiStrings(code)}\nexports.schemaHash = ${JSON.stringify(schemaHash())};\n`);
  }
  return outputDir;
}
