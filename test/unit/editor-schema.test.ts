import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadApplicationRequirements } from '../../src/certification/load-application.js';
import { assessmentTemplate } from '../../src/assessment/assessment-template.js';
import { editorSchema, editorSchemaFile } from '../../src/build/editor-schemas.js';
import { builtInCataloguePath, loadCatalogue } from '../../src/catalogue/load-catalogue.js';

const root = path.resolve(import.meta.dirname, '..', '..');

async function schemaFor(type: 'producer' | 'seller') {
  const catalogue = await loadCatalogue(builtInCataloguePath(type));
  if (!catalogue.ok) throw new Error('invalid');
  return { catalogue: catalogue.value, schema: editorSchema(catalogue.value, await loadApplicationRequirements()) };
}

describe.each(['producer', 'seller'] as const)('the %s editor schema', (type) => {
  it('accepts the Chinese and full-width answers the tool reads, and only the forms each indicator takes', async () => {
    const { catalogue, schema } = await schemaFor(type);
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const sampled = catalogue.indicatorList.find((indicator) => indicator.sampled && !indicator.counts)!;
    const plain = catalogue.indicatorList.find((indicator) => !indicator.sampled && !indicator.counts)!;
    const file = (answers: Record<string, unknown>) => ({ format: 'gbt27922-assessment/1', catalogue: type, company: { name: '某公司' }, answers });
    for (const value of ['符合', '不符合', 'met']) expect(validate(file({ [plain.id]: value })), value).toBe(true);
    for (const value of ['７／１０', '7／10', '部分符合 6/10', '7/10']) expect(validate(file({ [sampled.id]: value })), value).toBe(true);
    for (const value of ['7/10', '部分符合 6/10', 'mett']) expect(validate(file({ [plain.id]: value })), value).toBe(false);
  });

  it('is the file npm run schemas writes', async () => {
    const { schema } = await schemaFor(type);
    expect(JSON.parse(readFileSync(editorSchemaFile(type), 'utf8'))).toEqual(schema);
  });

  it('accepts every example and the template init writes, and lists every id for completion', async () => {
    const { catalogue, schema } = await schemaFor(type);
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const examples = type === 'producer' ? ['producer-4star.yaml', 'producer-fails-deductions.yaml'] : ['seller-compliant.yaml'];
    for (const example of examples) {
      const data = parse(readFileSync(path.join(root, 'examples', example), 'utf8'));
      expect(validate(data), `${example}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    for (const lang of ['zh', 'en'] as const) {
      const text = await assessmentTemplate({
        catalogue,
        catalogueReference: type,
        requirements: await loadApplicationRequirements(),
        lang,
        outputFile: path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-')), 'a.yaml'),
        company: '某公司',
        today: '2026-11-27',
      });
      expect(text).toContain(`assessment-${type}.schema.json`);
      expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
    }
    const answers = (schema.properties as { answers: { properties: Record<string, unknown> } }).answers.properties;
    expect(Object.keys(answers)).toEqual(catalogue.indicatorList.map((indicator) => indicator.id));
  });

  it('flags what the editor should: a misspelt id, k/n where samples are not allowed, N/A where not allowed', async () => {
    const { schema } = await schemaFor(type);
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const base = { format: 'gbt27922-assessment/1', catalogue: type, company: { name: 'x' } };
    expect(validate({ ...base, answers: { 'culture.philosphy': 'met' } })).toBe(false);
    expect(validate({ ...base, answers: { 'culture.philosophy': '3/4' } })).toBe(false);
    expect(validate({ ...base, answers: { 'culture.philosophy': { na: 'x' } } })).toBe(false);
    expect(validate({ ...base, answers: { 'culture.philosophy': 'met', 'delivery.installation': { na: 'no installation' } } })).toBe(true);
  });
});
