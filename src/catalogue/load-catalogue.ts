import { createHash } from 'node:crypto';
import path from 'node:path';
import { hasErrors, type Diagnostic, type Loaded } from '../model/diagnostic.js';
import { indicatorsDir } from '../paths.js';
import { loadYamlFile, loadYamlSource } from '../source/load-yaml-file.js';
import type { ParsedYaml } from '../source/parse-yaml.js';
import type { SourceText } from '../source/read-source.js';
import { checkCatalogueRules } from './catalogue-rules.js';
import { readPrecompiled } from '../source/precompiled-data.js';
import type { Catalogue, CatalogueData, IndicatorEntry } from '../model/catalogue.js';

/** The catalogues that ship with the tool, by the name an assessment file uses. */
export const BUILT_IN_CATALOGUES = ['producer', 'seller'] as const;
export type BuiltInCatalogue = (typeof BUILT_IN_CATALOGUES)[number];

export function isBuiltInCatalogue(name: string): name is BuiltInCatalogue {
  return (BUILT_IN_CATALOGUES as readonly string[]).includes(name);
}

export function builtInCataloguePath(name: BuiltInCatalogue): string {
  return path.join(indicatorsDir, `${name}.yaml`);
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
  const checkedAtBuild = isShipped(file) ? (readPrecompiled(file, 'catalogue') as CatalogueData | undefined) : undefined;
  if (checkedAtBuild) return { ok: true, value: withIndex(checkedAtBuild, file), diagnostics: [] };
  const loaded = await loadYamlFile(file, 'catalogue');
  if (!loaded.ok) return loaded;
  return checkCatalogue(loaded.value, loaded.diagnostics);
}

/** A catalogue's text in memory, through the same phases (for tests and fuzzing; not cached). */
export function loadCatalogueText(source: SourceText): Loaded<Catalogue> {
  const loaded = loadYamlSource(source, 'catalogue');
  if (!loaded.ok) return loaded;
  return checkCatalogue(loaded.value, loaded.diagnostics);
}

function checkCatalogue(parsed: ParsedYaml, earlier: Diagnostic[]): Loaded<Catalogue> {
  const data = parsed.data as CatalogueData;
  const broken = checkCatalogueRules(data, parsed);
  const diagnostics = [...earlier, ...broken];
  if (hasErrors(broken)) return { ok: false, diagnostics };
  return { ok: true, value: withIndex(data, parsed.source.file), diagnostics };
}

function isShipped(file: string): boolean {
  return path.dirname(file) === indicatorsDir;
}

function withIndex(data: CatalogueData, source: string): Catalogue {
  const indicatorList: IndicatorEntry[] = data.classes.flatMap((klass) => klass.items.flatMap((item) => item.indicators.map((indicator) => ({ ...indicator, classId: klass.id, itemId: item.id }))));
  const contentHash = createHash('sha256').update(JSON.stringify(data)).digest('hex');
  return { ...data, source, contentHash, indicatorList };
}
