import { nodeCrypto } from '../source/crypto-on-use.js';
import path from 'node:path';
import { hasErrors, type Diagnostic, type Loaded } from '../model/diagnostic.js';
import { indicatorsDir } from '../paths.js';
import { loadYamlFile, loadYamlSource } from '../source/load-yaml-file.js';
import type { ParsedYaml } from '../source/parse-yaml.js';
import type { SourceText } from '../source/read-source.js';
import { checkCatalogueRules, type RuleContext } from './catalogue-rules.js';
import { loadStandardClauses } from './standard-clauses.js';
import { readPrecompiled } from '../source/precompiled-data.js';
import type { Catalogue, CatalogueData, IndicatorEntry } from '../model/catalogue.js';

/**
 * The catalogues that ship with the tool, by the name an assessment file uses: the clause-keyed
 * ones (recommended) and the seed ones with the structure of SB/T 10401-2006, which every file
 * written before the clause-keyed ones existed names.
 */
export const BUILT_IN_CATALOGUES = ['producer-clauses', 'seller-clauses', 'producer', 'seller'] as const;
export type BuiltInCatalogue = (typeof BUILT_IN_CATALOGUES)[number];

/** Other names of the built-in catalogues: their catalogue ids, which results and some files use. */
const ALIASES: Record<string, BuiltInCatalogue> = {
  'gbt27922-producer': 'producer',
  'gbt27922-seller': 'seller',
  'gbt27922-producer-clauses': 'producer-clauses',
  'gbt27922-seller-clauses': 'seller-clauses',
};

/** The built-in catalogue of each company type and structure. */
export function builtInCatalogueFor(type: 'producer' | 'seller', structure: 'clauses' | 'sbt10401'): BuiltInCatalogue {
  return structure === 'clauses' ? `${type}-clauses` : type;
}

export function isBuiltInCatalogue(name: string): name is BuiltInCatalogue {
  return (BUILT_IN_CATALOGUES as readonly string[]).includes(name) || name in ALIASES;
}

export function builtInCataloguePath(name: BuiltInCatalogue): string {
  return path.join(indicatorsDir, `${builtInName(name)}.yaml`);
}

/** The file name of a built-in catalogue, its other names resolved: gbt27922-producer → producer. */
export function builtInName(name: BuiltInCatalogue): BuiltInCatalogue {
  return ALIASES[name] ?? name;
}

/**
 * A catalogue reference as an assessment writes it: a built-in name, or a path relative to the
 * folder of the file that refers to it.
 */
export function resolveCatalogueReference(reference: string, relativeTo: string): string {
  if (isBuiltInCatalogue(reference)) return builtInCataloguePath(reference);
  // A file written on Windows may say .\\cat\\my.yaml; the same file must work on Linux CI.
  return path.resolve(relativeTo, reference.replace(/\\/g, '/'));
}

const cache = new Map<string, Promise<Loaded<Catalogue>>>();

/** Loads and checks a catalogue file; the same file is read once per run however many assessments use it. */
export function loadCatalogue(file: string): Promise<Loaded<Catalogue>> {
  const absolute = path.resolve(file);
  let pending = cache.get(absolute);
  if (!pending) {
    pending = loadUncached(absolute);
    cache.set(absolute, pending);
  }
  return pending;
}

async function loadUncached(file: string): Promise<Loaded<Catalogue>> {
  // Only a catalogue's entry: the other data files shipped beside them (application.yaml, the
  // audit-effort table) are loaded and refused as catalogues like any other file.
  const knownClauses = new Set((await loadStandardClauses()).clauses.map((clause) => clause.id));
  const checkedAtBuild = isShipped(file) ? (readPrecompiled(file, 'catalogue') as PrecompiledCatalogue | undefined) : undefined;
  // Checked at build time against the clauses of then; the clause numbers it cites are looked up
  // again (indicators/gbt27922-clauses.yaml may have been edited since), else the YAML is checked.
  if (checkedAtBuild && citesOnly(checkedAtBuild, knownClauses)) {
    const { contentHash, ...data } = checkedAtBuild;
    return { ok: true, value: withIndex(data, file, contentHash), diagnostics: [] };
  }
  const loaded = await loadYamlFile(file, 'catalogue');
  if (!loaded.ok) return loaded;
  return checkCatalogue(loaded.value, loaded.diagnostics, { knownClauses });
}

/** A catalogue's text in memory, through the same phases (for tests and fuzzing; not cached). */
export function loadCatalogueText(source: SourceText): Loaded<Catalogue> {
  const loaded = loadYamlSource(source, 'catalogue');
  if (!loaded.ok) return loaded;
  return checkCatalogue(loaded.value, loaded.diagnostics);
}

function checkCatalogue(parsed: ParsedYaml, earlier: Diagnostic[], context: RuleContext = {}): Loaded<Catalogue> {
  const data = parsed.data as CatalogueData;
  const broken = checkCatalogueRules(data, parsed, context);
  const diagnostics = [...earlier, ...broken];
  if (hasErrors(broken)) return { ok: false, diagnostics };
  return { ok: true, value: withIndex(data, parsed.source.file), diagnostics };
}

function isShipped(file: string): boolean {
  return path.dirname(file) === indicatorsDir;
}

/** Whether every clause number a catalogue's indicators cite is one of `known`. */
function citesOnly(catalogue: CatalogueData, known: ReadonlySet<string>): boolean {
  return catalogue.classes.every((klass) => klass.items.every((item) => item.indicators.every((indicator) => (indicator.clauses ?? []).every((clause) => known.has(clause)))));
}

/** A shipped catalogue as the build checked it, with the hash of its content made then. */
export type PrecompiledCatalogue = CatalogueData & { contentHash: string };

function withIndex(data: CatalogueData, file: string, contentHash = hashContent(data)): Catalogue {
  const indicatorList: IndicatorEntry[] = data.classes.flatMap((klass) => klass.items.flatMap((item) => item.indicators.map((indicator) => ({ ...indicator, classId: klass.id, itemId: item.id }))));
  return { ...data, file, contentHash, indicatorList };
}

/** What identifies a catalogue's content in results and comparisons (a baseline scored against another). */
function hashContent(data: CatalogueData): string {
  return nodeCrypto().createHash('sha256').update(JSON.stringify(data)).digest('hex');
}
