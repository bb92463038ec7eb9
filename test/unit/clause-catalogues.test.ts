import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadAssessment, loadAssessmentText } from '../../src/assessment/load-assessment.js';
import { builtInCataloguePath, loadCatalogue, type BuiltInCatalogue } from '../../src/catalogue/load-catalogue.js';
import type { Catalogue } from '../../src/model/catalogue.js';
import { loadStandardClauses } from '../../src/catalogue/standard-clauses.js';
import { judgeCounts } from '../../src/scoring/indicator-results.js';
import { Rational } from '../../src/model/rational.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';

const root = path.resolve(import.meta.dirname, '..', '..');

async function catalogue(name: BuiltInCatalogue): Promise<Catalogue> {
  const loaded = await loadCatalogue(builtInCataloguePath(name));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.value;
}

/** An assessment of one answer, the rest unanswered, scored exactly as `score` would. */
async function scoreOne(name: BuiltInCatalogue, id: string, answer: string) {
  const text = `format: gbt27922-assessment/1\ncatalogue: ${name}\ncompany: { name: 测试 }\nanswers:\n  ${id}: ${answer}\n`;
  return loadAssessmentText({ file: path.join(root, 'memory.yaml'), text });
}

/** Our default points, written out so a change to them is a visible decision (not the standard's). */
const points: Record<string, number> = {
  'organisation.department': 3,
  'organisation.outlets': 3,
  'staffing.qualified': 3,
  'staffing.managers': 5,
  'resources.funds': 3,
  'resources.training': 3,
  'resources.facilities': 3,
  'rules.manual': 3,
  'rules.laws': 2,
  'supervision.body': 3,
  'supervision.evaluation': 3,
  'improvement.continual': 3,
  'culture.service-culture': 3,
  'information.provided': 6,
  'technical-support.provided': 5,
  'delivery.service': 5,
  'repair.service': 6,
  'quality.conformity': 3,
  'quality.warranty': 4,
  'quality.recall': 3,
  'take-back.service': 3,
  'relationship.channels': 5,
  'relationship.satisfaction': 6,
  'complaints.channels': 4,
  'complaints.handling': 6,
  'complaints.analysis': 4,
};
/** N/A only where the standard says "as needed" (outlets) or a company can truly be uninvolved. */
const naAllowed = ['organisation.outlets', 'delivery.service', 'repair.service', 'take-back.service'];
/** Deducted in proportion to nonconforming samples: outlets, staff files, training files, facilities, cases. */
const sampled = ['organisation.outlets', 'staffing.qualified', 'resources.training', 'resources.facilities', 'delivery.service', 'repair.service', 'quality.warranty', 'complaints.handling'];

describe.each(['producer-clauses', 'seller-clauses'] as const)('the clause-keyed catalogue %s', (name) => {
  it('has the classes 5.1 40, 5.2 35, 5.3 25 and the 15 second-level indicators as items, in the standard order', async () => {
    const c = await catalogue(name);
    expect(c.structure).toBe('clauses');
    expect(c.version).toBe('1.0.0');
    expect(c.classes.map((klass) => [klass.id, klass.title.zh, klass.points])).toEqual([
      ['system', '售后服务体系', 40],
      ['goods', '商品服务', 35],
      ['customer', '顾客服务', 25],
    ]);
    expect(c.classes.map((klass) => klass.items.map((item) => item.title.zh))).toEqual([
      ['组织架构', '人员配置', '资源配置', '规范要求', '监督', '改进', '服务文化'],
      ['商品信息', '技术支持', '配送', '维修', '质量保证', '废弃商品回收'],
      ['顾客关系', '投诉处理'],
    ]);
    for (const klass of c.classes) {
      const sum = Rational.sum(klass.items.flatMap((item) => item.indicators.map((indicator) => Rational.fromDecimal(indicator.points))));
      expect(sum.compare(Rational.fromDecimal(klass.points)), klass.id).toBe(0);
    }
  });

  it('keys every indicator to a clause of the list, each clause of 5.1 to its own indicator, and checks every clause', async () => {
    const c = await catalogue(name);
    const { clauses } = await loadStandardClauses();
    const known = new Set(clauses.map((clause) => clause.id));
    for (const indicator of c.indicatorList) {
      expect(indicator.clauses, indicator.id).toHaveLength(1);
      expect(known.has(indicator.clauses![0]!), indicator.id).toBe(true);
      expect(indicator.source, indicator.id).toBeTruthy();
      expect(['standard', 'summary']).toContain(indicator.wording);
      // A clause whose text no source gave cannot be "the standard's wording".
      if (indicator.clauses![0]!.startsWith('5.2') || indicator.clauses![0]!.startsWith('5.3')) expect(indicator.wording, indicator.id).toBe('summary');
    }
    const third = clauses.filter((clause) => clause.id.split('.').length === 4).map((clause) => clause.id);
    for (const clause of third)
      expect(
        c.indicatorList.filter((indicator) => indicator.clauses!.includes(clause)),
        clause,
      ).toHaveLength(1);
    expect(new Set(c.indicatorList.flatMap((indicator) => indicator.clauses!))).toEqual(known);
  });

  it('gives every indicator our default points, its N/A rule with the reason it may be omitted, and its sampling', async () => {
    const c = await catalogue(name);
    expect(Object.fromEntries(c.indicatorList.map((indicator) => [indicator.id, indicator.points]))).toEqual(points);
    expect(c.pointsAreDefaults).toBe(true);
    expect(c.indicatorList.filter((indicator) => indicator.naAllowed).map((indicator) => indicator.id)).toEqual(naAllowed);
    for (const id of naAllowed) expect(c.indicatorList.find((indicator) => indicator.id === id)!.naWhen?.zh, id).toBeTruthy();
    expect(c.indicatorList.filter((indicator) => indicator.sampled).map((indicator) => indicator.id)).toEqual(sampled);
  });

  it.each(Object.keys(points))('%s: met earns its points, N/A and k/n are accepted only where allowed', async (id) => {
    const c = await catalogue(name);
    const indicator = c.indicatorList.find((candidate) => candidate.id === id)!;
    const verdict = indicator.counts ? '{ managers: 10, certified: 1 }' : 'met';
    const metLoaded = await scoreOne(name, id, verdict);
    if (!metLoaded.ok) throw new Error(JSON.stringify(metLoaded.diagnostics));
    const result = scoreAssessment(metLoaded.value);
    expect(result.indicators.find((candidate) => candidate.id === id)!.earnedPoints.compare(Rational.fromDecimal(points[id]!))).toBe(0);
    expect(result.earnedPoints.compare(Rational.fromDecimal(points[id]!))).toBe(0);

    const naLoaded = await scoreOne(name, id, '{ na: 本公司不涉及 }');
    expect(naLoaded.ok, 'N/A').toBe(naAllowed.includes(id));
    if (naLoaded.ok) {
      const naResult = scoreAssessment(naLoaded.value);
      expect(naResult.applicablePoints.compare(Rational.int(100 - points[id]!))).toBe(0);
    } else expect(naLoaded.diagnostics.map((d) => d.code)).toEqual(['NA_NOT_ALLOWED']);

    const sampledLoaded = await scoreOne(name, id, '1/4');
    if (sampled.includes(id)) {
      if (!sampledLoaded.ok) throw new Error('k/n refused');
      const earned = scoreAssessment(sampledLoaded.value).indicators.find((candidate) => candidate.id === id)!.earnedPoints;
      expect(earned.compare(Rational.fromDecimal(points[id]!).mul(Rational.of(1n, 4n)))).toBe(0);
    } else {
      expect(sampledLoaded.ok).toBe(false);
      expect(sampledLoaded.diagnostics.map((d) => d.code)).toEqual([indicator.counts ? 'COUNTS_REQUIRED' : 'SAMPLES_NOT_ALLOWED']);
    }
  });
});

describe('售后服务管理师 (5.1.2.2): judged from two counts, ≥ 10 % of service management staff and at least one', () => {
  const rule = { minPercent: 10, minCount: 1, total: { zh: '', en: '' }, counted: { zh: '', en: '' } };

  it('when 12 managers have 1 certified then 2 are needed and it is not met; 2 of 12 is met', () => {
    expect(judgeCounts(rule, 12, 1)).toMatchObject({ required: 2, met: false });
    expect(judgeCounts(rule, 12, 2)).toMatchObject({ required: 2, met: true });
  });

  it('when there are 10 or fewer managers then one certified manager is enough, and none never is', () => {
    expect(judgeCounts(rule, 10, 1)).toMatchObject({ required: 1, met: true });
    expect(judgeCounts(rule, 3, 1)).toMatchObject({ required: 1, met: true });
    expect(judgeCounts(rule, 3, 0)).toMatchObject({ required: 1, met: false });
    expect(judgeCounts(rule, 0, 0)).toMatchObject({ required: 1, met: false });
  });

  it('agrees with an independent reading of the rule for any counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), (managers, extra) => {
        const certified = Math.min(managers, extra);
        const expected = certified >= 1 && certified * 100 >= 10 * managers;
        expect(judgeCounts(rule, managers, certified).met).toBe(expected);
      }),
    );
  });

  it('earns its full points or none: a qualitative indicator, no proportional credit', async () => {
    for (const [answer, earned] of [
      ['{ managers: 30, certified: 3 }', 5],
      ['{ managers: 30, certified: 2 }', 0],
    ] as const) {
      const loaded = await scoreOne('producer-clauses', 'staffing.managers', answer);
      if (!loaded.ok) throw new Error('refused');
      const result = scoreAssessment(loaded.value).indicators.find((indicator) => indicator.id === 'staffing.managers')!;
      expect(result.earnedPoints.compare(Rational.int(earned))).toBe(0);
      expect(result.state).toBe(earned ? 'met' : 'not_met');
      expect(result.counts).toMatchObject({ managers: 30, required: 3 });
    }
  });
});

describe('the seed catalogues (SB/T 10401 structure, version 2.0.0)', () => {
  it('are titled truthfully, name the clauses each indicator evidences, and allow N/A where review found they must', async () => {
    for (const name of ['producer', 'seller'] as const) {
      const c = await catalogue(name);
      expect(c.version).toBe('2.0.0');
      expect(c.structure).toBe('sbt10401');
      expect(c.title.zh).toContain('SB/T 10401 结构，按 GB/T 27922 大类总分计分');
      expect(c.title.en).toContain("SB/T 10401 structure, scored on GB/T 27922's class totals");
      for (const indicator of c.indicatorList) {
        expect(indicator.clauses?.length, indicator.id).toBeGreaterThan(0);
        expect(indicator.wording, indicator.id).toBe('summary');
        if (indicator.naAllowed) expect(indicator.naWhen?.zh, indicator.id).toBeTruthy();
      }
      const outlets = c.indicatorList.find((indicator) => indicator.id === 'organisation.outlets')!;
      expect([outlets.classId, outlets.naAllowed, outlets.clauses]).toEqual(['system', true, expect.arrayContaining(['5.1.1.2'])]);
    }
    const producer = await catalogue('producer');
    for (const id of ['repair.assurance', 'repair.facilities']) expect(producer.indicatorList.find((indicator) => indicator.id === id)!.naAllowed, id).toBe(true);
  });

  it('name in every result the clauses of GB/T 27922 they leave unchecked', async () => {
    const expected = { producer: ['5.2.1', '5.2.5', '5.2.6'], seller: ['5.1.3.1', '5.1.3.3', '5.2.1', '5.2.2', '5.2.6'] };
    for (const name of ['producer', 'seller'] as const) {
      const loaded = await scoreOne(name, 'culture.philosophy', 'met');
      if (!loaded.ok) throw new Error('refused');
      const { coverage } = scoreAssessment(loaded.value);
      expect(coverage.known).toBe(true);
      expect(coverage.unchecked.map((clause) => clause.id)).toEqual(expected[name]);
    }
    const clauses = await scoreOne('producer-clauses', 'rules.laws', 'met');
    if (!clauses.ok) throw new Error('refused');
    expect(scoreAssessment(clauses.value).coverage.unchecked).toEqual([]);
  });

  it('still score a file written for seller 1.0.0: its guarantee.repair-outlets answer counts for organisation.outlets, with a warning', async () => {
    const loaded = await loadAssessment(path.join(root, 'test', 'fixtures', 'seller-catalogue-v1.yaml'));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    expect(loaded.diagnostics.map((d) => [d.code, d.severity, d.params.current])).toEqual([['FORMER_INDICATOR_ID', 'warning', 'organisation.outlets']]);
    const result = scoreAssessment(loaded.value);
    const outlets = result.indicators.find((indicator) => indicator.id === 'organisation.outlets')!;
    expect([outlets.state, outlets.classId]).toEqual(['not_applicable', 'system']);
    expect(result.coverage.unchecked.map((clause) => clause.id)).toContain('5.2.1');
  });
});

describe('the shipped mapping between the structures', () => {
  it.each([
    ['producer', 'producer-clauses'],
    ['seller', 'seller-clauses'],
  ] as const)('%s → %s names only indicators that exist, one to one, and reads the same both ways', async (seed, clauses) => {
    const { sameIndicators } = await import('../../src/catalogue/catalogue-mapping.js');
    const forward = await sameIndicators(seed, clauses);
    const backward = await sameIndicators(`gbt27922-${clauses}`, `gbt27922-${seed}`);
    expect(forward.size).toBeGreaterThanOrEqual(8);
    const from = new Set((await catalogue(seed)).indicatorList.map((indicator) => indicator.id));
    const to = new Set((await catalogue(clauses)).indicatorList.map((indicator) => indicator.id));
    for (const [a, b] of forward) {
      expect(from.has(a), a).toBe(true);
      expect(to.has(b), b).toBe(true);
      expect(backward.get(b)).toBe(a);
    }
    expect(new Set(forward.values()).size).toBe(forward.size);
    expect(await sameIndicators('producer', 'seller-clauses')).toEqual(new Map());
  });
});

describe('comparing results of two versions of a catalogue', () => {
  it('when the version changed, then a lower score is not a regression, but an indicator no longer met still is', async () => {
    const { compareResults } = await import('../../src/compare/compare-results.js');
    const loaded = await scoreOne('producer', 'culture.philosophy', 'met');
    const worse = await scoreOne('producer', 'culture.philosophy', 'unmet');
    if (!loaded.ok || !worse.ok) throw new Error('refused');
    const before = scoreAssessment(loaded.value);
    const after = scoreAssessment(worse.value);
    expect(compareResults(before, after).regressions.map((r) => r.code)).toEqual(['score-down', 'indicator-no-longer-met']);
    const older = { ...before, catalogue: { ...before.catalogue, version: '1.0.0', contentHash: 'older' } };
    const comparison = compareResults(older, after);
    expect(comparison.catalogueChanged).toBe(true);
    expect(comparison.regressions).toEqual([{ code: 'indicator-no-longer-met', id: 'culture.philosophy' }]);
  });
});
