import path from 'node:path';
import { catalogueRoot, isInside } from '../catalogue/catalogue-confinement.js';
import { builtInCatalogueFor, builtInCataloguePath, BUILT_IN_CATALOGUES, isBuiltInCatalogue, loadCatalogue, resolveCatalogueReference } from '../catalogue/load-catalogue.js';
import type { Catalogue } from '../model/catalogue.js';
import { loadStandardClauses } from '../catalogue/standard-clauses.js';
import { loadApplicationRequirements } from '../certification/load-application.js';
import { applyProfile, summariseProfile } from '../certification/apply-profile.js';
import { explainProfileFailure, unknownProfile, loadProfile, looksLikeProfilePath, resolveProfileReference } from '../certification/load-profile.js';
import type { ApplicationRequirements, BodyProfile } from '../model/application.js';
import { error, warning, hasErrors, type Diagnostic, type Loaded, type Where } from '../model/diagnostic.js';
import { loadYamlFile, loadYamlSource } from '../source/load-yaml-file.js';
import type { SourceText } from '../source/read-source.js';
import { locate } from '../source/locate.js';
import { restorePositions, type ParseOutcome, type ParsedYaml } from '../source/parse-yaml.js';
import { unknownIdParams, withSuggestion } from '../source/suggest.js';
import type { Answer, Assessment, AssessmentData, DocumentEntry, LoadedAssessment, PlanItem } from '../model/assessment.js';
import { parseAnswer } from './parse-answer.js';
import { collectEvidenceReferences, evidenceLogOf } from './evidence-references.js';

export interface LoadOptions {
  /** A catalogue file that replaces the one the assessment names (`--catalogue`). */
  catalogueOverride?: string;
}

/**
 * Reads an assessment file and the catalogue it is scored against, and checks every answer
 * against that catalogue. Errors in either file are located in the file they are in.
 */
export async function loadAssessment(file: string, options: LoadOptions = {}): Promise<Loaded<LoadedAssessment>> {
  return checkLoaded(await loadYamlFile(file, 'assessment'), options);
}

/** The same checks on text in memory: the questionnaire scores its draft exactly as `score` would. */
export async function loadAssessmentText(source: SourceText, options: LoadOptions = {}): Promise<Loaded<LoadedAssessment>> {
  return checkLoaded(loadYamlSource(source, 'assessment'), options);
}

/**
 * A file that parsed only once its tabs or full-width punctuation were undone is still checked
 * against its catalogue, so every other mistake is reported in the same run; it is never scored.
 */
async function checkLoaded(loaded: ParseOutcome, options: LoadOptions): Promise<Loaded<LoadedAssessment>> {
  if (loaded.ok) return checkAssessment(loaded.value, loaded.diagnostics, options);
  if (!('recovered' in loaded) || !loaded.recovered) return loaded;
  const checked = await checkAssessment(loaded.recovered, [], options);
  return { ok: false, diagnostics: [...loaded.diagnostics, ...restorePositions(checked.diagnostics, loaded.recovered)] };
}

async function checkAssessment(parsedFile: ParsedYaml, earlier: Diagnostic[], options: LoadOptions): Promise<Loaded<LoadedAssessment>> {
  const loaded = { value: parsedFile, diagnostics: earlier };
  const parsed = loaded.value;
  const data = parsed.data as AssessmentData;
  const diagnostics = [...loaded.diagnostics];

  // --catalogue takes a built-in name too, and its path is relative to where the command runs.
  const catalogueFile = options.catalogueOverride ? resolveCatalogueReference(options.catalogueOverride, process.cwd()) : catalogueFileFor(data.catalogue, parsed, diagnostics);
  if (!catalogueFile) return { ok: false, diagnostics };
  const catalogue = await loadCatalogue(catalogueFile);
  if (!catalogue.ok) {
    const where = options.catalogueOverride ? { file: catalogueFile } : { file: parsed.source.file, position: locate(parsed, ['catalogue']) };
    diagnostics.push(...explainCatalogueFailure(catalogue.diagnostics, catalogueFile, where));
    return { ok: false, diagnostics };
  }
  diagnostics.push(...catalogue.diagnostics);

  const requirements = await loadApplicationRequirements();
  const profile = data.profile === undefined ? null : await profileFor(data.profile, parsed, requirements, diagnostics);
  if (profile === undefined) return { ok: false, diagnostics };
  // Ids are checked against every known item: an answer to a document this body does not ask for
  // is kept, not an error, so a company can switch profiles without losing anything.
  const checked = await checkAgainstCatalogue(data, parsed, catalogue.value, requirements);
  diagnostics.push(...checked.diagnostics);
  if (hasErrors(checked.diagnostics)) return { ok: false, diagnostics };

  const assessment: Assessment = {
    file: parsed.source.file,
    catalogueReference: data.catalogue,
    company: data.company,
    eligibility: data.eligibility ?? {},
    answers: checked.answers,
    specialDeductions: data.specialDeductions ?? [],
    documents: normaliseDocuments(data.documents ?? {}),
    plan: Object.fromEntries(Object.entries(data.plan ?? {}).filter((entry): entry is [string, PlanItem] => entry[1] !== null)),
    evidence: collectEvidenceReferences(data, (id) => (checked.answers.has(id) ? id : formerAnswerId(id, catalogue.value)), {
      indicators: catalogue.value.indicatorList.map((indicator) => indicator.id),
      documents: requirements.documents.map((document) => document.id),
    }),
    evidenceLog: evidenceLogOf(data.evidenceLog),
  };
  if (data.assessedOn !== undefined) assessment.assessedOn = data.assessedOn;
  if (data.target !== undefined) assessment.target = data.target;
  if (data.auditDate !== undefined) assessment.auditDate = data.auditDate;
  if (data.specialBonus) assessment.specialBonus = data.specialBonus;
  const { clauses: standardClauses } = await loadStandardClauses();
  const value: LoadedAssessment = { assessment, catalogue: catalogue.value, requirements: applyProfile(requirements, profile), standardClauses };
  if (profile && data.profile !== undefined) value.profile = summariseProfile(data.profile, profile);
  return { ok: true, value, diagnostics };
}

/** The profile the assessment names, loaded and checked; undefined (with errors reported) when it cannot be. */
async function profileFor(reference: string, parsed: ParsedYaml, requirements: ApplicationRequirements, diagnostics: Diagnostic[]): Promise<BodyProfile | undefined> {
  const where = { file: parsed.source.file, position: locate(parsed, ['profile']) };
  if (!looksLikeProfilePath(reference)) {
    diagnostics.push(unknownProfile(reference, where));
    return undefined;
  }
  const file = resolveProfileReference(reference, path.dirname(parsed.source.file));
  const loaded = await loadProfile(file, requirements);
  if (!loaded.ok) {
    diagnostics.push(...explainProfileFailure(loaded.diagnostics, file, where));
    return undefined;
  }
  diagnostics.push(...loaded.diagnostics);
  return loaded.value;
}

function catalogueFileFor(reference: string, parsed: ParsedYaml, diagnostics: Diagnostic[]): string | undefined {
  const looksLikePath = /[\\/]|\.ya?ml$/i.test(reference);
  if (!isBuiltInCatalogue(reference) && !looksLikePath) {
    const params = withSuggestion({ reference, builtIn: BUILT_IN_CATALOGUES.join(', ') }, reference, BUILT_IN_CATALOGUES);
    diagnostics.push(error('CATALOGUE_UNKNOWN', params, { file: parsed.source.file, position: locate(parsed, ['catalogue']) }));
    return undefined;
  }
  if (isBuiltInCatalogue(reference)) return resolveCatalogueReference(reference, path.dirname(parsed.source.file));
  const file = resolveCatalogueReference(reference, path.dirname(parsed.source.file));
  const root = catalogueRoot(parsed.source.file);
  if (!isInside(file, root)) {
    diagnostics.push(error('CATALOGUE_OUTSIDE', { path: reference, root }, { file: parsed.source.file, position: locate(parsed, ['catalogue']) }));
    return undefined;
  }
  return file;
}

async function checkAgainstCatalogue(
  data: AssessmentData,
  parsed: ParsedYaml,
  catalogue: Catalogue,
  requirements: ApplicationRequirements,
): Promise<{ answers: Map<string, Answer>; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const file = parsed.source.file;
  const at = (keys: string[], where: 'key' | 'value' = 'value') => ({ file, position: locate(parsed, keys, where) });
  const indicators = new Map(catalogue.indicatorList.map((indicator) => [indicator.id, indicator]));
  const formerly = new Map(catalogue.indicatorList.flatMap((indicator) => (indicator.formerIds ?? []).map((former) => [former, indicator] as const)));
  const answers = new Map<string, Answer>();

  for (const [id, raw] of Object.entries(data.answers)) {
    const successor = formerly.get(id);
    // A file written before an indicator moved still loads: its answer counts for the new id, unless
    // the file also answers the new id, which then wins.
    const indicator = indicators.get(id) ?? (successor && !(successor.id in data.answers) ? successor : undefined);
    if (successor) {
      diagnostics.push(warning('FORMER_INDICATOR_ID', { id, current: successor.id, catalogue: catalogue.id, version: catalogue.version }, at(['answers', id], 'key')));
    }
    if (!indicator) {
      if (successor) continue;
      diagnostics.push(await unknownIndicator(id, catalogue, at(['answers', id], 'key')));
      continue;
    }
    const parsedAnswer = parseAnswer(raw, indicator);
    if ('answer' in parsedAnswer) {
      answers.set(indicator.id, parsedAnswer.answer);
      continue;
    }
    const { code, ...rest } = parsedAnswer.problem;
    const naPath = typeof raw === 'object' && raw !== null && 'na' in raw ? ['answers', id, 'na'] : ['answers', id];
    diagnostics.push(error(code, { id, ...rest }, at(code.startsWith('NA_') ? naPath : ['answers', id])));
  }

  if (data.assessedOn !== undefined && !isCalendarDate(data.assessedOn)) {
    diagnostics.push(error('INVALID_DATE', { value: data.assessedOn }, at(['assessedOn'])));
  }

  if (data.auditDate !== undefined && !isCalendarDate(data.auditDate)) {
    diagnostics.push(error('INVALID_DATE', { value: data.auditDate }, at(['auditDate'])));
  }
  const levelIds = catalogue.levels.map((level) => level.id);
  if (data.target !== undefined && !levelIds.includes(data.target)) {
    const params = withSuggestion({ level: data.target, levels: levelIds.join(', ') }, data.target, levelIds);
    diagnostics.push(error('TARGET_UNKNOWN_LEVEL', params, at(['target'])));
  }
  for (const [id, item] of Object.entries(data.plan ?? {})) {
    if (!indicators.has(id)) {
      const params = withSuggestion({ id, catalogue: catalogue.id }, id, [...indicators.keys()]);
      diagnostics.push(error('PLAN_UNKNOWN_INDICATOR', params, at(['plan', id], 'key')));
      continue;
    }
    if (item?.due !== undefined && !isCalendarDate(item.due)) diagnostics.push(error('INVALID_DATE', { value: item.due }, at(['plan', id, 'due'])));
  }

  const conditionIds = requirements.eligibility.map((condition) => condition.id);
  for (const id of Object.keys(data.eligibility ?? {})) {
    if (!conditionIds.includes(id)) diagnostics.push(unknownId('UNKNOWN_ELIGIBILITY', id, conditionIds, at(['eligibility', id], 'key')));
  }
  const documentIds = requirements.documents.map((document) => document.id);
  for (const id of Object.keys(data.documents ?? {})) {
    if (!documentIds.includes(id)) diagnostics.push(unknownId('UNKNOWN_DOCUMENT', id, documentIds, at(['documents', id], 'key')));
  }
  return { answers, diagnostics };
}

/**
 * A catalogue that cannot be loaded is reported where the assessment names it: a missing file or
 * a file that is not a catalogue in one located error; a broken catalogue with its own errors after.
 */
function explainCatalogueFailure(problems: Diagnostic[], catalogueFile: string, where: Where): Diagnostic[] {
  const codes = problems.map((problem) => problem.code);
  if (codes.some((code) => code === 'FILE_NOT_FOUND' || code === 'FILE_IS_DIRECTORY')) return [error('CATALOGUE_NOT_FOUND', { path: catalogueFile }, where)];
  if (codes.includes('SCHEMA_FORMAT')) return [error('CATALOGUE_NOT_A_CATALOGUE', { path: catalogueFile }, where)];
  return [error('CATALOGUE_INVALID', { path: catalogueFile }, where), ...problems];
}

/** 2026-02-30 has the right shape and no day: the calendar decides, not the pattern. */
function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0-99 as 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function unknownId(code: 'UNKNOWN_ELIGIBILITY' | 'UNKNOWN_DOCUMENT', id: string, known: string[], where: Where) {
  return error(code, unknownIdParams(id, known), where);
}

/** An id that is not in this catalogue may be a typo, or an indicator of the other company type. */
async function unknownIndicator(id: string, catalogue: Catalogue, where: Where): Promise<Diagnostic> {
  const otherType = catalogue.companyType === 'producer' ? 'seller' : 'producer';
  const other = await loadCatalogue(builtInCataloguePath(builtInCatalogueFor(otherType, catalogue.structure ?? 'sbt10401')));
  if (other.ok && other.value.indicatorList.some((indicator) => indicator.id === id)) {
    return error('INDICATOR_OF_OTHER_TYPE', { id, otherType, type: catalogue.companyType }, where);
  }
  const params = withSuggestion(
    { id, catalogue: catalogue.id },
    id,
    catalogue.indicatorList.map((indicator) => indicator.id),
  );
  return error('UNKNOWN_INDICATOR', params, where);
}

/** The id a former indicator id's answer counts for, when it counts (the file does not also answer the new id). */
function formerAnswerId(id: string, catalogue: Catalogue): string | undefined {
  const successor = catalogue.indicatorList.find((indicator) => indicator.formerIds?.includes(id));
  return successor?.id;
}

function normaliseDocuments(raw: NonNullable<AssessmentData['documents']>): Record<string, DocumentEntry | null> {
  return Object.fromEntries(Object.entries(raw).map(([id, value]) => [id, typeof value === 'string' ? { status: value } : value]));
}
