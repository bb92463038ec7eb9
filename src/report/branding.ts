import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { error, UserError, type Diagnostic } from '../model/diagnostic.js';
import { locate } from '../source/locate.js';
import { parseYaml } from '../source/parse-yaml.js';
import { readSource } from '../source/read-source.js';

/** A consultant's mark on the report: who prepared it, and their logo, on the cover and in the footer. */
export interface Branding {
  preparedBy?: string;
  logo?: { file: string; data: Buffer; kind: 'png' | 'jpeg' };
}

/** A logo is a picture for a page corner, not a poster: anything larger is surely the wrong file. */
export const MAX_LOGO_BYTES = 5 * 1024 * 1024;
export const DEFAULT_SETTINGS_FILE = 'gbt27922-settings.yaml';
const MAX_PREPARED_BY = 80;

export interface BrandingOptions {
  preparedBy?: string;
  logo?: string;
  /** A settings file given with --settings: it must exist. */
  settings?: string;
  /** Where to look for gbt27922-settings.yaml when no --settings is given. */
  cwd?: string;
}

/**
 * The branding from the flags, else from a small settings file (preparedBy, logo: a path relative
 * to the settings file). The logo is checked as any input file is: it must exist, be a regular
 * file of a plausible size, and be a PNG or JPEG by its content, not its name.
 */
export async function resolveBranding(options: BrandingOptions): Promise<Branding> {
  const settingsFile = options.settings ?? path.join(options.cwd ?? process.cwd(), DEFAULT_SETTINGS_FILE);
  const fromFile = options.settings !== undefined || exists(settingsFile) ? await readSettings(settingsFile) : {};
  const branding: Branding = {};
  const preparedBy = (options.preparedBy ?? fromFile.preparedBy)?.trim();
  if (preparedBy) branding.preparedBy = preparedBy.length > MAX_PREPARED_BY ? `${preparedBy.slice(0, MAX_PREPARED_BY)}…` : preparedBy;
  const logo = options.logo ?? fromFile.logo;
  if (logo) branding.logo = readLogo(logo);
  return branding;
}

function exists(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

async function readSettings(file: string): Promise<{ preparedBy?: string; logo?: string }> {
  const read = await readSource(file);
  if (!read.ok) throw new UserError(read.diagnostics);
  const parsed = parseYaml(read.value);
  if (!parsed.ok) throw new UserError(parsed.diagnostics);
  const data = parsed.value.data;
  const problems: Diagnostic[] = [];
  const settings: { preparedBy?: string; logo?: string } = {};
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new UserError([error('SETTINGS_INVALID', { key: '/', allowed: 'preparedBy, logo' }, { file })]);
  }
  for (const [key, value] of Object.entries((data ?? {}) as Record<string, unknown>)) {
    const where = { file, position: locate(parsed.value, [key], 'key') };
    if ((key !== 'preparedBy' && key !== 'logo') || typeof value !== 'string') {
      problems.push(error('SETTINGS_INVALID', { key, allowed: 'preparedBy, logo' }, where));
      continue;
    }
    settings[key] = key === 'logo' ? path.resolve(path.dirname(file), value) : value;
  }
  if (problems.length > 0) throw new UserError(problems);
  return settings;
}

function readLogo(file: string): NonNullable<Branding['logo']> {
  let size: number;
  try {
    const info = statSync(file);
    if (!info.isFile()) throw new UserError([error('FILE_IS_DIRECTORY', {}, { file })]);
    size = info.size;
  } catch (cause) {
    if (cause instanceof UserError) throw cause;
    throw new UserError([error('FILE_NOT_FOUND', {}, { file })]);
  }
  if (size > MAX_LOGO_BYTES) throw new UserError([error('LOGO_UNSUPPORTED', { reason: `${size} > ${MAX_LOGO_BYTES} bytes` }, { file })]);
  const data = readFileSync(file);
  const kind = data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) ? 'png' : data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff ? 'jpeg' : undefined;
  if (!kind) throw new UserError([error('LOGO_UNSUPPORTED', { reason: 'not PNG or JPEG' }, { file })]);
  return { file, data, kind };
}
