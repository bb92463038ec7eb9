import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssessment } from '../../src/assessment/load-assessment.js';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import { Rational } from '../../src/model/rational.js';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures');
const codeOf = (file: string) => /^invalid-([A-Z_]+)(?:\.[a-z-]+)?\.yaml$/.exec(file)![1]!;

/** Each invalid-<CODE>.yaml must be refused with that code, at a place in the file where one exists. */
describe('assessment files refused with the code their name gives', () => {
  const files = readdirSync(fixtures).filter((file) => file.startsWith('invalid-'));
  it.each(files)('%s', async (file) => {
    const loaded = await loadAssessment(path.join(fixtures, file));
    expect(loaded.ok).toBe(false);
    const codes = loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
    expect(codes).toContain(codeOf(file));
  });
});

describe('catalogue files refused with the code their name gives', () => {
  const dir = path.join(fixtures, 'catalogues');
  const files = readdirSync(dir).filter((file) => file.startsWith('invalid-'));
  it.each(files)('%s', async (file) => {
    const loaded = await loadCatalogue(path.join(dir, file));
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics.map((d) => d.code)).toContain(codeOf(file));
    expect(loaded.diagnostics.every((d) => d.position !== undefined)).toBe(true);
  });
});

describe('where an error points', () => {
  it('an unknown indicator: at its key, with a suggestion', async () => {
    const loaded = await loadAssessment(path.join(fixtures, 'invalid-UNKNOWN_INDICATOR.yaml'));
    const problem = loaded.diagnostics[0]!;
    expect(problem.position).toMatchObject({ line: 5, column: 3, lineText: '  culture.philosphy: met' });
    expect(problem.params.suggestion).toBe('culture.philosophy');
  });

  it('an indicator answered twice: at the second key', async () => {
    const loaded = await loadAssessment(path.join(fixtures, 'invalid-YAML_DUPLICATE_KEY.yaml'));
    expect(loaded.diagnostics[0]).toMatchObject({ code: 'YAML_DUPLICATE_KEY', position: { line: 6, column: 3 }, params: { key: 'culture.philosophy' } });
  });

  it('an unknown top-level key: at the key, with "did you mean"', async () => {
    const loaded = await loadAssessment(path.join(fixtures, 'invalid-SCHEMA_UNKNOWN_KEY.yaml'));
    expect(loaded.diagnostics[0]).toMatchObject({ code: 'SCHEMA_UNKNOWN_KEY', position: { line: 5, column: 1 }, params: { key: 'anwsers', suggestion: 'answers' } });
  });

  it('samples with k > n: at the value', async () => {
    const loaded = await loadAssessment(path.join(fixtures, 'invalid-SAMPLES_INVALID.yaml'));
    expect(loaded.diagnostics[0]).toMatchObject({ params: { problem: 'too-many' }, position: { line: 5, column: 26 } });
  });

  it('a class whose points do not add up: at the class points, with the sum', async () => {
    const loaded = await loadCatalogue(path.join(fixtures, 'catalogues', 'invalid-CATALOGUE_CLASS_POINTS_MISMATCH.yaml'));
    expect(loaded.diagnostics[0]).toMatchObject({ params: { id: 'system', points: 60, sum: '55.5' }, position: { line: 17 } });
  });
});

describe('custom catalogues', () => {
  it('are found relative to the assessment file, and every number comes from them', async () => {
    const loaded = await loadAssessment(path.join(fixtures, 'custom-catalogue-assessment.yaml'));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const result = scoreAssessment(loaded.value);
    expect(result.catalogue).toMatchObject({ id: 'acme-body-mini', version: '2026.1', pointsAreDefaults: false });
    // (25.5 + 34.5 × 9/10) / 60 × 100 = 94.25, with installation not applicable
    expect(result.score.compare(Rational.of(9425n, 100n))).toBe(0);
    expect(result.level).toBe('4star');
  });

  it('--catalogue replaces the catalogue the file names', async () => {
    const loaded = await loadAssessment(path.join(fixtures, 'custom-catalogue-assessment.yaml'), {
      catalogueOverride: path.join(fixtures, 'catalogues', 'invalid-CATALOGUE_DUPLICATE_ID.yaml'),
    });
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics.map((d) => d.code)).toContain('CATALOGUE_DUPLICATE_ID');
  });
});
