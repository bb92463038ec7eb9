import type { Answer, Assessment } from '../../src/model/assessment.js';
import type { LoadedAssessment } from '../../src/model/assessment.js';
import type { Catalogue, CatalogueData, IndicatorData } from '../../src/model/catalogue.js';
import type { ApplicationRequirements } from '../../src/model/application.js';

const text = (s: string) => ({ zh: s, en: s });

export interface IndicatorSpec {
  points: number;
  sampled?: boolean;
  naAllowed?: boolean;
}

/**
 * A catalogue built in memory from a list of indicator points, in one class and one item, with the
 * standard's levels and fail rule unless told otherwise. Tests of the engine need numbers, not files.
 */
export function buildCatalogue(specs: IndicatorSpec[], overrides: Partial<CatalogueData> = {}): Catalogue {
  const indicators: IndicatorData[] = specs.map((spec, index) => ({
    id: `item.i${index}`,
    title: text(`indicator ${index}`),
    points: spec.points,
    sampled: spec.sampled ?? true,
    naAllowed: spec.naAllowed ?? true,
    criteria: text('criteria'),
    evidence: [text('evidence')],
    improve: text('improve'),
  }));
  const data: CatalogueData = {
    format: 'gbt27922-catalogue/1',
    id: 'test',
    version: '0',
    title: text('test catalogue'),
    companyType: 'producer',
    pointsAreDefaults: true,
    levels: [
      { id: 'compliant', threshold: 70, stars: 0, name: text('compliant') },
      { id: '3star', threshold: 80, stars: 3, name: text('3star') },
      { id: '4star', threshold: 90, stars: 4, name: text('4star') },
      { id: '5star', threshold: 95, stars: 5, name: text('5star') },
    ],
    failRule: { minScore: 70, maxSpecialDeductions: 4 },
    classes: [{ id: 'class', title: text('class'), points: specs.reduce((sum, spec) => sum + spec.points, 0), items: [{ id: 'item', title: text('item'), indicators }] }],
    ...overrides,
  };
  return {
    ...data,
    source: 'memory',
    contentHash: 'test',
    indicatorList: data.classes.flatMap((klass) => klass.items.flatMap((item) => item.indicators.map((indicator) => ({ ...indicator, classId: klass.id, itemId: item.id })))),
  };
}

export const noRequirements: ApplicationRequirements = { eligibility: [], documents: [] };

export function buildAssessment(
  catalogue: Catalogue,
  answers: Answer[],
  extra: Partial<Pick<Assessment, 'specialDeductions' | 'specialBonus' | 'eligibility' | 'company' | 'target' | 'auditDate' | 'plan'>> = {},
  requirements: ApplicationRequirements = noRequirements,
): LoadedAssessment {
  const assessment: Assessment = {
    file: 'memory.yaml',
    catalogueReference: 'test',
    company: { name: 'Test Co.' },
    eligibility: {},
    answers: new Map(catalogue.indicatorList.map((indicator, index) => [indicator.id, answers[index] ?? { kind: 'unanswered' }])),
    specialDeductions: [],
    documents: {},
    plan: {},
    evidence: [],
    evidenceLog: {},
    ...extra,
  };
  return { assessment, catalogue, requirements, standardClauses: [] };
}

export const met: Answer = { kind: 'met' };
export const unmet: Answer = { kind: 'unmet' };
export const na: Answer = { kind: 'na', reason: 'not involved' };
export const unanswered: Answer = { kind: 'unanswered' };
export const samples = (conforming: number, total: number): Answer => ({ kind: 'samples', conforming, total });

/**
 * The answers and special deductions of a test assessment with the given gaps closed, as a person
 * would close them: an indicator gap (`item.iN`) answered met, a deduction (`special-deduction-N`)
 * removed. Any other id is an error, so a path naming something this cannot close fails the test.
 */
export function closeGaps(answers: readonly Answer[], deductions: readonly string[], gapIds: readonly string[]): { answers: Answer[]; specialDeductions: string[] } {
  for (const id of gapIds) if (!/^(item\.i\d+|special-deduction-\d+)$/.test(id)) throw new Error(`no way to close the gap ${id}`);
  const close = new Set(gapIds);
  return {
    answers: answers.map((answer, index) => (close.has(`item.i${index}`) ? met : answer)),
    specialDeductions: deductions.filter((_, index) => !close.has(`special-deduction-${index + 1}`)),
  };
}
