import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApplicationRequirements } from '../model/application.js';
import type { Catalogue } from '../model/catalogue.js';
import { schemaDir } from '../paths.js';

type JsonObject = Record<string, unknown>;

/** k/n as the tool reads it: ASCII or full-width digits and slash, after an optional 部分符合 or 抽样. */
const SAMPLES_PATTERN = '^\\s*(?:(?:部分符合|抽样|sampled|partly met)\\s*)?[0-9０-９]+\\s*[/／]\\s*[0-9０-９]+\\s*$';

/**
 * The assessment schema for one catalogue, for editors: every indicator, eligibility condition and
 * document id spelt out with its title and criteria, and only the answers each indicator allows,
 * so VS Code's YAML extension completes ids and values and flags mistakes as they are typed. The
 * tool itself checks files with the generic schema plus its own rules, which explain more.
 */
export function editorSchema(catalogue: Catalogue, requirements: ApplicationRequirements, name: string = catalogue.companyType): JsonObject {
  const base = JSON.parse(readFileSync(path.join(schemaDir, 'assessment.schema.json'), 'utf8')) as JsonObject & { properties: Record<string, JsonObject>; definitions: Record<string, JsonObject> };
  const answerForms = (sampled: boolean, naAllowed: boolean, counted: boolean) => {
    // The words the tool reads (answer-words.ts), so the editor does not flag what the tool accepts.
    const words = { enum: ['met', 'unmet', '符合', '不符合'] };
    const result = sampled ? { anyOf: [words, { type: 'string', pattern: SAMPLES_PATTERN, description: 'k/n: k of n samples conform (7/10, ７／１０, 部分符合 7/10)' }] } : words;
    if (counted) {
      return { anyOf: [{ type: 'null', description: 'not answered yet' }, { $ref: '#/definitions/answer/anyOf/4' }, ...(naAllowed ? [{ $ref: '#/definitions/answer/anyOf/3' }] : [])] };
    }
    return {
      anyOf: [
        { type: 'null', description: 'not answered yet' },
        result,
        { type: 'object', additionalProperties: false, required: ['result'], properties: { result, note: { type: 'string' }, evidence: { type: 'array', items: { type: 'string' } } } },
        ...(naAllowed ? [{ $ref: '#/definitions/answer/anyOf/3' }] : []),
      ],
    };
  };
  const answers = Object.fromEntries(
    catalogue.indicatorList.map((indicator) => [
      indicator.id,
      {
        title: `${indicator.title.zh} ${indicator.title.en}`,
        description: `${indicator.clauses ? `GB/T 27922 ${indicator.clauses.join(', ')} · ` : ''}${indicator.points} · ${indicator.sampled ? 'k/n · ' : ''}${indicator.counts ? '{ managers, certified } · ' : ''}${indicator.naAllowed ? 'N/A · ' : ''}${indicator.criteria.zh}\n\n${indicator.criteria.en}`,
        ...answerForms(indicator.sampled, indicator.naAllowed, indicator.counts !== undefined),
      },
    ]),
  );
  const listed = (entries: Array<{ id: string; title: { zh: string; en: string } }>, value: JsonObject) =>
    Object.fromEntries(entries.map((entry) => [entry.id, { description: `${entry.title.zh} / ${entry.title.en}`, ...value }]));
  return {
    ...base,
    $id: `https://gbt27922.invalid/schema/assessment-${name}.schema.json`,
    title: `GB/T 27922 self-assessment: ${catalogue.title.en}`,
    properties: {
      ...base.properties,
      catalogue: { ...base.properties.catalogue, examples: [name] },
      answers: { type: 'object', additionalProperties: false, properties: answers },
      eligibility: { type: 'object', additionalProperties: false, properties: listed(requirements.eligibility, { type: ['boolean', 'null'] }) },
      documents: { type: 'object', additionalProperties: false, properties: listed(requirements.documents, { $ref: '#/definitions/document' }) },
    },
  };
}

/** The editor schema of a built-in catalogue, by its name (producer, seller-clauses …). */
export function editorSchemaFile(name: string): string {
  return path.join(schemaDir, `assessment-${name}.schema.json`);
}
