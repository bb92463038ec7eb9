import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadAssessment, loadAssessmentText, type LoadedAssessment } from '../../src/assessment/load-assessment.js';
import { loadApplicationRequirements } from '../../src/certification/load-application.js';
import { builtInCataloguePath, loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { AssessmentDraft } from '../../src/questionnaire/assessment-draft.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import { loadYamlFile } from '../../src/source/load-yaml-file.js';
import { applyImport } from '../../src/spreadsheet/apply-import.js';
import { buildWorkbook } from '../../src/spreadsheet/build-workbook.js';
import { readCsvGrid, readXlsxGrids, type Grid } from '../../src/spreadsheet/read-grid.js';
import { readSheets } from '../../src/spreadsheet/read-sheets.js';
import { extrasOf } from '../../src/spreadsheet/sheet-extras.js';
import { writeCsv } from '../../src/spreadsheet/write-csv.js';
import { writeXlsx } from '../../src/spreadsheet/write-xlsx.js';
import type { Catalogue } from '../../src/model/catalogue.js';

/** The seed catalogue, and the clause-keyed one whose 售后服务管理师 is answered with two counts. */
const catalogues: Array<{ name: string; catalogue: Catalogue }> = [];
for (const name of ['producer', 'producer-clauses']) {
  const loaded = await loadCatalogue(builtInCataloguePath(name));
  if (!loaded.ok) throw new Error(`${name} catalogue`);
  catalogues.push({ name, catalogue: loaded.value as Catalogue });
}
const requirements = await loadApplicationRequirements();
const dir = mkdtempSync(path.join(tmpdir(), 'gbt-sheet-prop-'));

/**
 * Text as people write it in notes and reasons, including what trips spreadsheets up: a formula's
 * first character, quotes, commas, line breaks, full-width punctuation, an apostrophe. Whitespace
 * around a text is not significant (the loader and the sheet both ignore it), so texts are trimmed.
 */
const piece = fc.constantFrom('=SUM(A1)', '+86 ', '-', '@x', "'", '"', ',', '\n', '，', '维修', 'Note', '7/10', '2027-02-28', ' ', 'a', '0', 'true', 'null', '#', ': ');
const text = fc
  .array(piece, { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join('').trim())
  .filter((value) => value !== '');
const pathText = fc
  .array(fc.constantFrom('docs/', '证据', '.pdf', '-1', '=', 'a b', '@'), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('').trim())
  .filter((value) => value !== '');
const date = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((value) => value.toISOString().slice(0, 10));

function answerFor(indicator: Catalogue['indicatorList'][number]): fc.Arbitrary<unknown> {
  const extras = fc.record({ note: text, evidence: fc.array(pathText, { minLength: 1, maxLength: 3 }) }, { requiredKeys: [] });
  if (indicator.counts) {
    // Two counts, the certified among the managers: met or not is the tool's to decide, both sides of the threshold occur.
    const counts = fc.integer({ min: 0, max: 300 }).chain((managers) => fc.integer({ min: 0, max: managers }).map((certified) => ({ managers, certified })));
    return fc.oneof(
      fc.constant(null),
      counts,
      fc.record({ counts, extras }).map(({ counts: value, extras: more }) => ({ ...value, ...more })),
    );
  }
  const results: Array<fc.Arbitrary<string>> = [fc.constantFrom('met', 'unmet')];
  if (indicator.sampled) results.push(fc.integer({ min: 1, max: 40 }).chain((total) => fc.integer({ min: 0, max: total }).map((k) => `${k}/${total}`)));
  const result = fc.oneof(...results);
  const options: Array<fc.Arbitrary<unknown>> = [fc.constant(null), result, fc.record({ result, extras }).map(({ result: value, extras: more }) => ({ result: value, ...more }))];
  if (indicator.naAllowed) options.push(fc.record({ na: text, extras }).map(({ na, extras: more }) => ({ na, ...more })));
  return fc.oneof(...options);
}

const assessmentOf = (catalogue: Catalogue) =>
  fc.record(
    {
      company: fc.record({ name: text, employees: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: null }), firstCertification: fc.option(fc.boolean(), { nil: null }) }),
      assessedOn: date,
      answers: fc.record(Object.fromEntries(catalogue.indicatorList.map((indicator) => [indicator.id, answerFor(indicator)]))),
      eligibility: fc.dictionary(fc.constantFrom(...requirements.eligibility.map((condition) => condition.id)), fc.option(fc.boolean(), { nil: null })),
      documents: fc.dictionary(
        fc.constantFrom(...requirements.documents.map((document) => document.id)),
        fc.oneof(
          fc.constantFrom('ready', 'missing', 'na', null),
          fc.record({ status: fc.constantFrom('ready', 'missing', 'na'), note: text, files: fc.array(pathText, { minLength: 1, maxLength: 2 }) }, { requiredKeys: ['status'] }),
        ),
      ),
      specialDeductions: fc.array(text, { maxLength: 6 }),
      specialBonus: text,
      target: fc.constantFrom('compliant', '3star', '4star', '5star'),
      auditDate: date,
      plan: fc.dictionary(
        fc.constantFrom(...catalogue.indicatorList.map((indicator) => indicator.id)),
        fc.record({ action: text, owner: text, due: date, status: fc.constantFrom('todo', 'doing', 'done'), note: text }, { requiredKeys: [] }).filter((entry) => Object.keys(entry).length > 0),
      ),
    },
    { requiredKeys: ['company', 'answers'] },
  );

function write(name: string, catalogueName: string, data: object): string {
  const file = path.join(dir, name);
  writeFileSync(file, stringify({ format: 'gbt27922-assessment/1', catalogue: catalogueName, ...data }));
  return file;
}

async function load(file: string): Promise<LoadedAssessment> {
  const loaded = await loadAssessment(file);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.value;
}

async function exported(file: string, format: 'xlsx' | 'csv'): Promise<Grid[]> {
  const loaded = await load(file);
  const raw = await loadYamlFile(file, 'assessment');
  const book = buildWorkbook({ ...loaded, extras: extrasOf(raw.ok ? raw.value.data : {}), result: scoreAssessment(loaded), lang: 'zh', toolVersion: 'test' });
  if (format === 'csv') return [readCsvGrid(writeCsv(book.sheets.find((sheet) => sheet.role === 'indicators')!), 'a.csv')];
  return readXlsxGrids(await writeXlsx(book));
}

/** Import as the command does: into the file's draft, keeping the lines the change does not touch. */
async function importInto(file: string, grids: Grid[], catalogue: Catalogue): Promise<{ changed: string[]; text: string }> {
  const { imported, diagnostics } = readSheets(grids, 'sheet', catalogue, requirements);
  expect(diagnostics).toEqual([]);
  const draft = await AssessmentDraft.open(file);
  const changed = applyImport(draft, imported);
  return { changed, text: draft.text() };
}

/**
 * What scoring and the renderers see of an assessment, without where it was read from. An empty
 * value and a missing key mean the same (unanswered, unknown), so both are left out.
 */
function meaning(loaded: LoadedAssessment) {
  const { file: _file, ...rest } = loaded.assessment;
  const present = <T>(entries: Iterable<[string, T]>) =>
    Object.fromEntries([...entries].filter(([, value]) => value !== null && value !== undefined && (value as { kind?: string }).kind !== 'unanswered'));
  return {
    ...rest,
    company: present(Object.entries(rest.company)),
    answers: present(loaded.assessment.answers),
    eligibility: present(Object.entries(rest.eligibility)),
    documents: present(Object.entries(rest.documents)),
  };
}

describe.each(catalogues)('export then import is lossless ($name)', ({ name, catalogue }) => {
  const assessment = assessmentOf(catalogue);
  it('an xlsx export imported into its own file changes nothing, byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(assessment, async (data) => {
        const file = write(`same-${name}.yaml`, name, data);
        const original = readFileSync(file, 'utf8');
        const { changed, text } = await importInto(file, await exported(file, 'xlsx'), catalogue);
        expect(changed).toEqual([]);
        expect(text).toBe(original);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 25) },
    );
  }, 240_000);

  it('an xlsx export imported into a bare file gives the same assessment, and a csv export the same answers', async () => {
    await fc.assert(
      fc.asyncProperty(assessment, async (data) => {
        const file = write(`source-${name}.yaml`, name, data);
        const source = await load(file);
        for (const format of ['xlsx', 'csv'] as const) {
          const bare = write(`bare-${name}-${format}.yaml`, name, { company: format === 'csv' ? data.company : { name: 'placeholder' }, answers: {} });
          const { text } = await importInto(bare, await exported(file, format), catalogue);
          const loaded = await loadAssessmentText({ file: bare, text });
          if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
          if (format === 'xlsx') expect(meaning(loaded.value)).toEqual(meaning(source));
          else expect(meaning(loaded.value).answers).toEqual(meaning(source).answers);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 20) },
    );
  }, 240_000);
});
