import { hasErrors, type Diagnostic } from '../model/diagnostic.js';
import { parseYaml, restorePositions, type ParseOutcome } from './parse-yaml.js';
import { readSource, type SourceText } from './read-source.js';
import { validateSchema, type SchemaName } from './validate-schema.js';

/**
 * The first three phases every data file goes through: read (encoding), parse (YAML syntax),
 * check the shape (JSON Schema). Each phase stops the file only if it found errors, so the user
 * sees every problem of the earliest failing phase at once.
 */
export async function loadYamlFile(file: string, schema: SchemaName): Promise<ParseOutcome> {
  const read = await readSource(file);
  if (!read.ok) return read;
  const loaded = loadYamlSource(read.value, schema);
  return { ...loaded, diagnostics: [...read.diagnostics, ...loaded.diagnostics] } as ParseOutcome;
}

/** The parse and shape phases on text already in memory (the questionnaire's draft). */
export function loadYamlSource(source: SourceText, schema: SchemaName): ParseOutcome {
  const parsed = parseYaml(source);
  const diagnostics = [...parsed.diagnostics];
  if (!parsed.ok) {
    // A repaired copy is checked too, so the file's other mistakes come in the same run; it stays refused.
    const recovered = 'recovered' in parsed ? parsed.recovered : undefined;
    if (!recovered) return { ok: false, diagnostics: withoutForeignLines(source, diagnostics) };
    const shape = restorePositions(validateSchema(schema, recovered), recovered);
    const wrongKind = shape.find((d) => d.code === 'SCHEMA_FORMAT');
    diagnostics.push(...(wrongKind ? [wrongKind] : shape));
    return { ok: false, diagnostics: withoutForeignLines(source, diagnostics), ...(hasErrors(shape) ? {} : { recovered }) };
  }
  const all = validateSchema(schema, parsed.value);
  // A file of another kind (an assessment given as a catalogue) fails every rule; say that once.
  const wrongKind = all.find((d) => d.code === 'SCHEMA_FORMAT');
  const shape = wrongKind ? [wrongKind] : all;
  diagnostics.push(...shape);
  if (hasErrors(shape)) return { ok: false, diagnostics: withoutForeignLines(source, diagnostics) };
  return { ok: true, value: parsed.value, diagnostics };
}

/**
 * Lines are quoted only from a file that says it is one of ours (an assessment or a catalogue);
 * a key file or a config named by mistake, or by a hostile pull request, is reported by position
 * alone, so its lines never reach a public CI log.
 */
function withoutForeignLines(source: SourceText, diagnostics: Diagnostic[]): Diagnostic[] {
  if (/^\s*format:\s*["']?gbt27922-/m.test(source.text)) return diagnostics;
  return diagnostics.map((d) => (d.position ? { ...d, position: { ...d.position, lineText: '' } } : d));
}
