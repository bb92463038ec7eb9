import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { nodeCrypto } from './crypto-on-use.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { error, type Diagnostic } from '../model/diagnostic.js';
import { packageRoot, schemaDir } from '../paths.js';
import { AJV_OPTIONS, SCHEMA_NAMES, type SchemaName } from './schema-names.js';
import { withSuggestion } from './suggest.js';
import { locate } from './locate.js';
import type { ParsedYaml } from './parse-yaml.js';

export type { SchemaName };

const compiled = new Map<SchemaName, ValidateFunction>();
const require = createRequire(import.meta.filename);
const precompiledDir = path.join(packageRoot, 'dist', 'generated', 'validators');

/**
 * The validator of a schema: precompiled by the build (dist/generated/validators/) when it is
 * there and current, compiled with ajv otherwise (tests straight from the sources).
 */
function validator(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    validate = precompiled(name) ?? compile(name);
    compiled.set(name, validate);
  }
  return validate;
}

/** Set by the bundler: the bundle and its validators come from one build, so they always match. */
declare const __GBT27922_BUNDLED__: boolean | undefined;

function precompiled(name: SchemaName): ValidateFunction | undefined {
  const file = path.join(precompiledDir, `${name}.cjs`);
  if (!existsSync(file)) return undefined;
  const module = require(file) as Record<string, ValidateFunction> & { schemaHash?: string };
  const trusted = typeof __GBT27922_BUNDLED__ === 'boolean' && __GBT27922_BUNDLED__;
  return trusted || module.schemaHash === schemaHash() ? module[name] : undefined;
}

function compile(name: SchemaName): ValidateFunction {
  const { Ajv } = require('ajv') as typeof import('ajv');
  return new Ajv(AJV_OPTIONS).compile(readSchema(name));
}

function readSchema(name: SchemaName): object {
  return JSON.parse(readFileSync(path.join(schemaDir, `${name}.schema.json`), 'utf8')) as object;
}

let hash: string | undefined;

/** Identifies the schemas a precompiled file was made from, so an edited schema is never ignored. */
export function schemaHash(): string {
  hash ??= nodeCrypto()
    .createHash('sha256')
    .update(SCHEMA_NAMES.map((name) => readFileSync(path.join(schemaDir, `${name}.schema.json`), 'utf8').replace(/\r\n/g, '\n')).join('\0'))
    .digest('hex');
  return hash;
}

/** Checks the shape of a parsed file and turns ajv's findings into located diagnostics. */
export function validateSchema(name: SchemaName, parsed: ParsedYaml): Diagnostic[] {
  const validate = validator(name);
  if (validate(parsed.data)) return [];
  const diagnostics = readableErrors(validate.errors ?? []).map((problem) => toDiagnostic(problem, parsed));
  // Nested alternatives (an answer's anyOf inside the answers' anyOf) report the same place twice.
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.code}|${d.position?.line}:${d.position?.column}|${JSON.stringify(d.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * When a value matches none of several allowed forms (anyOf), ajv reports why each form failed;
 * a person wants one sentence about the value instead.
 */
function readableErrors(errors: ErrorObject[]): ErrorObject[] {
  const alternatives = errors.filter((e) => e.keyword === 'anyOf');
  return errors.filter((candidate) => {
    if (candidate.keyword === 'anyOf') return true;
    return !alternatives.some((parent) => isWithin(candidate.instancePath, parent.instancePath) && candidate.schemaPath.startsWith(parent.schemaPath + '/'));
  });
}

function isWithin(child: string, parent: string): boolean {
  return child === parent || child.startsWith(parent + '/');
}

function toDiagnostic(problem: ErrorObject, parsed: ParsedYaml): Diagnostic {
  const segments = pointerSegments(problem.instancePath);
  const file = parsed.source.file;
  const at = (pathSegments: string[], where: 'key' | 'value' = 'value') => ({
    file,
    position: locate(parsed, pathSegments, where),
  });
  const shown = segments.join('.') || '/';
  switch (problem.keyword) {
    case 'required': {
      const key = String(problem.params.missingProperty);
      return error('SCHEMA_REQUIRED', { path: shown, key }, at(segments, segments.length ? 'key' : 'value'));
    }
    case 'additionalProperties': {
      const key = String(problem.params.additionalProperty);
      const known = Object.keys((problem.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const params = withSuggestion({ path: shown, key, allowed: known.filter((k) => k !== '$schema').join(', ') }, key, known);
      return error('SCHEMA_UNKNOWN_KEY', params, at([...segments, key], 'key'));
    }
    case 'type':
      if (shown === 'specialBonus' && Array.isArray(problem.data)) {
        return error('BONUS_MORE_THAN_ONE', { count: problem.data.length }, at(segments));
      }
      return error('SCHEMA_TYPE', { path: shown, expected: String(problem.params.type) }, at(segments));
    case 'const':
      if (shown === 'format') {
        return error('SCHEMA_FORMAT', { expected: String(problem.params.allowedValue) }, at(segments));
      }
      return error('SCHEMA_VALUE', { path: shown, detail: `= ${String(problem.params.allowedValue)}` }, at(segments));
    case 'anyOf': {
      if (segments[0] === 'answers') return error('INVALID_ANSWER', { path: shown, id: segments[1] ?? '' }, at(segments));
      if (segments[0] === 'documents') return error('INVALID_DOCUMENT_STATUS', { path: shown, id: segments[1] ?? '' }, at(segments));
      return error('SCHEMA_VALUE', { path: shown, detail: problem.message ?? '' }, at(segments));
    }
    case 'minLength':
      if (problem.params.limit === 1) return error('SCHEMA_EMPTY', { path: shown }, at(segments));
      return error('SCHEMA_VALUE', { path: shown, detail: `minLength ${String(problem.params.limit)}` }, at(segments));
    case 'enum':
      return error('SCHEMA_VALUE', { path: shown, detail: `∈ {${(problem.params.allowedValues as unknown[]).join(', ')}}` }, at(segments));
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return error('SCHEMA_VALUE', { path: shown, detail: `${String(problem.params.comparison)} ${String(problem.params.limit)}` }, at(segments));
    case 'pattern':
      return error('SCHEMA_VALUE', { path: shown, detail: String(problem.params.pattern) === '^\\d{4}-\\d{2}-\\d{2}$' ? 'YYYY-MM-DD' : `pattern ${String(problem.params.pattern)}` }, at(segments));
    default:
      return error('SCHEMA_VALUE', { path: shown, detail: `${problem.keyword} ${JSON.stringify(problem.params)}` }, at(segments));
  }
}

function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
