import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadApplicationRequirements } from '../../src/certification/load-application.js';
import { BUILT_IN_CATALOGUES, builtInCataloguePath, loadCatalogue, loadCatalogueText } from '../../src/catalogue/load-catalogue.js';
import { Rational } from '../../src/model/rational.js';
import { repoRoot } from '../helpers/run-cli.js';

/**
 * The ids of domain file section 9: a contract with users' files, so they are spelt out here. One
 * move since (seller 2.0.0): guarantee.repair-outlets became organisation.outlets, its former id.
 */
const expected = {
  producer: {
    culture: ['philosophy', 'commitment', 'strategy', 'goals'],
    rules: ['standards', 'process', 'supervision', 'management'],
    organisation: ['management', 'outlets', 'staffing', 'training', 'investment'],
    improvement: ['product', 'service', 'management'],
    delivery: ['packaging', 'shipping', 'installation'],
    repair: ['assurance', 'facilities', 'technical-support'],
    complaints: ['channels', 'records', 'handling'],
    customers: ['channels', 'relationship'],
  },
  seller: {
    culture: ['philosophy', 'commitment', 'strategy', 'goals'],
    rules: ['standards', 'process', 'supervision', 'management'],
    // Version 2: the repair outlets sit in the same class as the producer's (GB/T 27922 5.1.1.2);
    // guarantee.repair-outlets stays their former id, so files that used it still load.
    organisation: ['management', 'staffing', 'training', 'outlets'],
    improvement: ['service', 'management'],
    guarantee: ['quality', 'returns'],
    delivery: ['shipping', 'installation'],
    complaints: ['channels', 'records', 'handling'],
    customers: ['channels', 'relationship'],
  },
} as const;

describe.each([
  ['producer', 27],
  ['seller', 23],
] as const)('the built-in %s catalogue', (type, count) => {
  it('passes its own validation', async () => {
    const loaded = await loadCatalogue(builtInCataloguePath(type));
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.ok).toBe(true);
  });

  it(`has 8 items, ${count} indicators with the ids of the domain file, and classes of 40/35/25`, async () => {
    const loaded = await loadCatalogue(builtInCataloguePath(type));
    if (!loaded.ok) throw new Error('invalid');
    const catalogue = loaded.value;
    expect(catalogue.companyType).toBe(type);
    expect(catalogue.pointsAreDefaults).toBe(true);
    expect(catalogue.indicatorList).toHaveLength(count);
    expect(catalogue.classes.map((klass) => [klass.id, klass.points])).toEqual([
      ['system', 40],
      ['goods', 35],
      ['customer', 25],
    ]);
    const ids = Object.entries(expected[type]).flatMap(([item, names]) => names.map((name) => `${item}.${name}`));
    expect(catalogue.indicatorList.map((indicator) => indicator.id).sort()).toEqual([...ids].sort());
    expect(new Set(catalogue.indicatorList.map((indicator) => indicator.itemId)).size).toBe(8);
    const total = Rational.sum(catalogue.indicatorList.map((indicator) => Rational.fromDecimal(indicator.points)));
    expect(total.compare(Rational.int(100))).toBe(0);
  });

  it('has the standard levels 70/80/90/95 and the fail rule', async () => {
    const loaded = await loadCatalogue(builtInCataloguePath(type));
    if (!loaded.ok) throw new Error('invalid');
    expect(loaded.value.levels.map((level) => [level.id, level.threshold, level.name.zh])).toEqual([
      ['compliant', 70, '达标级'],
      ['3star', 80, '三星级'],
      ['4star', 90, '四星级'],
      ['5star', 95, '五星级'],
    ]);
    expect(loaded.value.failRule).toEqual({ minScore: 70, maxSpecialDeductions: 4 });
  });

  it('gives every indicator criteria, evidence and improvement advice of substance, in both languages', async () => {
    const loaded = await loadCatalogue(builtInCataloguePath(type));
    if (!loaded.ok) throw new Error('invalid');
    for (const indicator of loaded.value.indicatorList) {
      expect(indicator.criteria.zh.length, indicator.id).toBeGreaterThan(60);
      expect(indicator.criteria.en.length, indicator.id).toBeGreaterThan(150);
      expect(indicator.improve.zh.length, indicator.id).toBeGreaterThan(30);
      expect(indicator.evidence.length, indicator.id).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('application requirements', () => {
  it('keep the 8 eligibility conditions and the 12 documents of the domain file, in order, with the ones bodies ask today after them', async () => {
    const requirements = await loadApplicationRequirements();
    // Ids are a contract with users' files: the released ones stay, in order; new ones only follow.
    expect(requirements.eligibility.map((condition) => condition.id)).toEqual([
      'legal-entity',
      'lawful-operation',
      'good-reputation',
      'no-major-incidents',
      'system-running-3-months',
      'satisfaction-survey',
      'data-analysis',
      'qualified-staff',
      'dedicated-funds',
    ]);
    expect(requirements.documents.map((document) => document.id)).toEqual([
      'business-license',
      'org-code',
      'licences',
      'product-intro',
      'laws-standards',
      'company-profile',
      'org-chart',
      'outlet-lists',
      'sales-channels',
      'service-system',
      'certificates',
      'management-documents',
      'application-form',
      'site-list-map',
      'service-flow-chart',
      'service-commitments',
      'resource-statement',
      'relationship-proof',
    ]);
    const titles = Object.fromEntries(requirements.documents.map((document) => [document.id, document.title.zh]));
    expect(titles['application-form']).toContain('申请表');
    expect(titles['site-list-map']).toMatch(/多场所清单.*示意图/);
    expect(titles['service-flow-chart']).toContain('流程图');
    expect(titles['service-commitments']).toContain('服务承诺');
    expect(titles['resource-statement']).toContain('资源');
    expect(titles['relationship-proof']).toContain('受审查方与申请方');
    // The two that apply only in some cases say when they can be marked not applicable.
    for (const id of ['site-list-map', 'relationship-proof']) expect(requirements.documents.find((d) => d.id === id)!.note?.zh).toContain('不适用');
    expect(requirements.eligibility.find((c) => c.id === 'dedicated-funds')!.title.zh).toContain('专项资金');
  });
});

describe('the catalogues checked at build time', () => {
  it.each(BUILT_IN_CATALOGUES)('%s loads from the build with the content and the hash its YAML gives', async (name) => {
    // The build keeps each shipped catalogue as JSON with its content hash (src/source/precompiled-data.ts);
    // the same text read through the YAML phases must give the same catalogue and hash.
    const file = builtInCataloguePath(name);
    const fromBuild = await loadCatalogue(file);
    const fromYaml = loadCatalogueText({ file, text: readFileSync(file, 'utf8') });
    expect(fromBuild.ok && fromYaml.ok).toBe(true);
    if (!fromBuild.ok || !fromYaml.ok) return;
    expect(fromBuild.value.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(fromBuild.value).toEqual(fromYaml.value);
  });
});

describe('the shipped data files', () => {
  it('hold no word that a folded YAML line split at its hyphen ("role- based")', () => {
    // A `>-` block joins its lines with a space, so a line ending in "role-" reads "role- based". A
    // suspended hyphen ("pre- and post-sale") would be flagged too: none is written.
    const split: string[] = [];
    const walk = (value: unknown, where: string): void => {
      if (typeof value === 'string') for (const match of value.matchAll(/\S*[A-Za-z]- [a-z]\S*/g)) split.push(`${where}: ${match[0]}`);
      else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, `${where}.${key}`);
    };
    const folder = path.join(repoRoot, 'indicators');
    for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.yaml'))) {
      walk(parse(readFileSync(path.join(folder, name), 'utf8')), name);
    }
    expect(split).toEqual([]);
  });
});
