import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApplicationRequirements } from '../model/application.js';
import type { Catalogue } from '../model/catalogue.js';
import { schemaDir } from '../paths.js';

type JsonObject = Record<string, unknown>;

/**
 * The assessment schema for one catalogue, for editors: every indicator, eligibility condition and
 * document id spelt out with its title and criteria, and only the answers each indicator allows,
 * so VS Code's YAML extension completes ids and values and flags mistakes as they are typed. The
 * tool itself checks files with the generic schema plus its own rules, which explain more.
 */
export function editorSchema(catalogue: Catalogue, requirements: ApplicationRequirements): JsonObject {
  const base = JSON.parse(readFileSync(path.join(schemaDir, 'assessment.schema.json'), 'utf8')) as JsonObject & { properties: Record<string, JsonObject>; definitions: Record<string, JsonObject> };
  const answerForms = (sampled: boolean, naAllowed: boolean) => {
    const result = sampled ? { $ref: '#/definitions/result' } : { enum: ['met', 'unmet'] };
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
        description: `${indicator.points} · ${indicator.sampled ? 'k/n · ' : ''}${indicator.naAllowed ? 'N/A · ' : ''}${indicator.criteria.zh}\n\n${indicator.criteria.en}`,
        ...answerForms(indicator.sampled, indicator.naAllowed),
      },
    ]),
  );
  const listed = (entries: Array<{ id: string; title: { zh: string; en: string } }>, value: JsonObject) =>
    Object.fromEntries(entries.map((entry) => [entry.id, { description: `${entry.title.zh} / ${entry.title.en}`, ...value }]));
  return {
    ...base,
    $id: `https://gbt27922.invalid/schema/assessment-${catalogue.companyType}.schema.json`,
    title: `GB/T 27922 self-assessment: ${catalogue.title.en}`,
    properties: {
      ...base.properties,
      catalogue: { ...base.properties.catalogue, examples: [catalogue.companyType] },
      answers: { type: 'object', additionalProperties: false, properties: answers },
      eligibility: { type: 'object', additionalProperties: false, properties: listed(requirements.eligibility, { type: ['boolean', 'null'] }) },
      documents: { type: 'object', additionalProperties: false, properties: listed(requirements.documents, { $ref: '#/definitions/document' }) },
    },
  };
}

export function editorSchemaFile(companyType: string): string {
  return path.join(schemaDir, `assessment-${companyType}.schema.json`);
}
