import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';
import { schemaDir } from '../paths.js';
import { suggest } from './suggest.js';
import { locate } from './locate.js';
import type { ParsedYaml } from './parse-yaml.js';

export type SchemaName = 'catalogue' | 'assessment' | 'application' | 'audit-effort';

const compiled = new Map<SchemaName, ValidateFunction>();

function validator(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    const schema = JSON.parse(readFileSync(path.join(schemaDir, `${name}.schema.json`), 'utf8'));
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictTypes: false });
    validate = ajv.compile(schema);
    compiled.set(name, validate);
  }
  return validate;
}

/** Checks the shape of a parsed file and turns ajv's findings into located diagnostics. */
export function validateSchema(name: SchemaName, parsed: ParsedYaml): Diagnostic[] {
  const validate = validator(name);
  if (validate(parsed.data)) return [];
  return readableErrors(validate.errors ?? []).map((problem) => toDiagnostic(problem, parsed));
}

/**
 * When a value matches none of several allowed forms (anyOf), ajv reports why each form failed;
 * a person wants one sentence about the value instead.
 */
function readableErrors(errors: ErrorObject[]): ErrorObject[] {
  const alternatives = errors.filter((e) => e.keyword === 'anyOf');
  return errors.filter((candidate) => {
    if (candidate.keyword === 'anyOf') return true;
    return !alternatives.some(
      (parent) =>
        isWithin(candidate.instancePath, parent.instancePath) &&
        candidate.schemaPath.startsWith(parent.schemaPath + '/'),
    );
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
      const params: Record<string, string> = { path: shown, key, allowed: known.filter((k) => k !== '$schema').join(', ') };
      const close = suggest(key, known);
      if (close) params.suggestion = close;
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
      return error('SCHEMA_VALUE', { path: shown, detail: shown === 'assessedOn' ? 'YYYY-MM-DD' : `pattern ${String(problem.params.pattern)}` }, at(segments));
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
