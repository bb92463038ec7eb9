import path from 'node:path';
import type { ApplicationRequirements, BodyProfile } from '../model/application.js';
import { error, hasErrors, UserError, type Diagnostic, type Loaded, type Where } from '../model/diagnostic.js';
import { applyProfile } from './apply-profile.js';
import { loadApplicationRequirements } from './load-application.js';
import { indicatorsDir } from '../paths.js';
import { loadYamlFile } from '../source/load-yaml-file.js';
import { readPrecompiled } from '../source/precompiled-data.js';
import { locate } from '../source/locate.js';
import type { ParsedYaml } from '../source/parse-yaml.js';
import { unknownIdParams, withSuggestion } from '../source/suggest.js';

/** The profiles that ship with the tool, by the name an assessment file uses. Both are examples. */
export const BUILT_IN_PROFILES = ['example-3-months', 'example-6-months'] as const;

export function isBuiltInProfile(name: string): boolean {
  return (BUILT_IN_PROFILES as readonly string[]).includes(name);
}

/** A built-in name, or a path relative to the folder of the file that names it (Windows slashes too). */
export function resolveProfileReference(reference: string, relativeTo: string): string {
  if (isBuiltInProfile(reference)) return path.join(indicatorsDir, 'profiles', `${reference}.yaml`);
  return path.resolve(relativeTo, reference.replace(/\\/g, '/'));
}

/** A name that is neither built in nor looks like a path is a typo, not a file to look for. */
export function looksLikeProfilePath(reference: string): boolean {
  return isBuiltInProfile(reference) || /[\\/]|\.ya?ml$/i.test(reference);
}

/**
 * Reads a profile and checks it beyond its shape: every eligibility condition and document it names
 * must exist in indicators/application.yaml, each once, so a body's list never silently drops one.
 */
export function loadProfile(file: string, requirements: ApplicationRequirements): Promise<Loaded<BodyProfile>> {
  if (!isShipped(file)) return loadUncached(file, requirements);
  // A shipped profile cannot change while the tool runs: a batch of a thousand assessments naming
  // example-6-months reads it once (per thread, per requirements it is checked against), as
  // catalogues are.
  let loaded = shipped.get(requirements);
  if (!loaded) shipped.set(requirements, (loaded = new Map()));
  let pending = loaded.get(file);
  if (!pending) {
    pending = loadUncached(file, requirements);
    loaded.set(file, pending);
  }
  return pending;
}

const shipped = new WeakMap<ApplicationRequirements, Map<string, Promise<Loaded<BodyProfile>>>>();

function isShipped(file: string): boolean {
  return path.dirname(path.resolve(file)) === path.join(indicatorsDir, 'profiles');
}

async function loadUncached(file: string, requirements: ApplicationRequirements): Promise<Loaded<BodyProfile>> {
  // A shipped profile was checked at build time; its rules are checked again here (a few lookups)
  // because they depend on indicators/application.yaml too, which may have been edited since.
  const checkedAtBuild = isShipped(file) ? (readPrecompiled(file, 'profile') as BodyProfile | undefined) : undefined;
  if (checkedAtBuild && brokenRules(checkedAtBuild, requirements).length === 0) return { ok: true, value: checkedAtBuild, diagnostics: [] };
  const loaded = await loadYamlFile(file, 'profile');
  if (!loaded.ok) return loaded;
  const broken = checkProfileRules(loaded.value, requirements);
  const diagnostics = [...loaded.diagnostics, ...broken];
  if (hasErrors(broken)) return { ok: false, diagnostics };
  return { ok: true, value: loaded.value.data as BodyProfile, diagnostics };
}

export function checkProfileRules(parsed: ParsedYaml, requirements: ApplicationRequirements): Diagnostic[] {
  const at = (keys: (string | number)[]) => ({ file: parsed.source.file, position: locate(parsed, keys) });
  return brokenRules(parsed.data as BodyProfile, requirements).map(({ code, params, list, index }) => error(code, params, at([list, index])));
}

type BrokenRule = {
  code: 'PROFILE_DUPLICATE_ID' | 'PROFILE_UNKNOWN_ELIGIBILITY' | 'PROFILE_UNKNOWN_DOCUMENT';
  params: Record<string, string>;
  list: 'eligibility' | 'documents';
  index: number;
};

/** Every id a profile names twice, or that indicators/application.yaml does not know, where it is named. */
function brokenRules(profile: BodyProfile, requirements: ApplicationRequirements): BrokenRule[] {
  const broken: BrokenRule[] = [];
  const lists = [
    { list: 'eligibility' as const, ids: profile.eligibility ?? [], known: requirements.eligibility.map((c) => c.id), code: 'PROFILE_UNKNOWN_ELIGIBILITY' as const },
    { list: 'documents' as const, ids: profile.documents, known: requirements.documents.map((d) => d.id), code: 'PROFILE_UNKNOWN_DOCUMENT' as const },
  ];
  for (const { list, ids, known, code } of lists) {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) broken.push({ code: 'PROFILE_DUPLICATE_ID', params: { id, list }, list, index });
      seen.add(id);
      if (!known.includes(id)) broken.push({ code, params: unknownIdParams(id, known), list, index });
    });
  }
  return broken;
}

/** A profile name that is neither built in nor a path, with the built-in one it may have meant. */
export function unknownProfile(reference: string, where: Where): Diagnostic {
  return error('PROFILE_UNKNOWN', withSuggestion({ reference, builtIn: BUILT_IN_PROFILES.join(', ') }, reference, BUILT_IN_PROFILES), where);
}

/**
 * A profile that cannot be loaded is reported where the assessment names it: a missing file or a
 * file that is not a profile in one located error; a broken profile with its own errors after.
 */
export function explainProfileFailure(problems: Diagnostic[], file: string, where: Where): Diagnostic[] {
  const codes = problems.map((problem) => problem.code);
  if (codes.some((code) => code === 'FILE_NOT_FOUND' || code === 'FILE_IS_DIRECTORY')) return [error('PROFILE_NOT_FOUND', { path: file }, where)];
  if (codes.includes('SCHEMA_FORMAT')) return [error('PROFILE_NOT_A_PROFILE', { path: file }, where)];
  return [error('PROFILE_INVALID', { path: file }, where), ...problems];
}

/**
 * The requirements as the profile an assessment names asks them, for the questionnaire and `init`
 * (which have no parsed file to point into): a profile that cannot be used stops them with its errors.
 */
export async function requirementsForProfile(reference: string | undefined, assessmentFile: string): Promise<ApplicationRequirements> {
  const requirements = await loadApplicationRequirements();
  if (reference === undefined) return requirements;
  if (!looksLikeProfilePath(reference)) {
    throw new UserError([unknownProfile(reference, { file: assessmentFile })]);
  }
  const file = resolveProfileReference(reference, path.dirname(assessmentFile));
  const loaded = await loadProfile(file, requirements);
  if (!loaded.ok) throw new UserError(explainProfileFailure(loaded.diagnostics, file, { file: assessmentFile }));
  return applyProfile(requirements, loaded.value);
}
