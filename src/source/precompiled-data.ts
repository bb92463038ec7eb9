import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../paths.js';

/**
 * The data files that ship with the tool (catalogues, application requirements, audit effort,
 * body profiles), checked once at build time and kept as JSON, beside a copy of the bytes of the
 * YAML they came from. A run reads the YAML, and only when its bytes are still exactly those uses
 * the JSON instead of parsing and checking again; an edited file is always parsed and checked.
 * Comparing bytes costs less than hashing them (and leaves node:crypto unloaded on most runs) or
 * than decoding the text twice.
 */
const dir = path.join(packageRoot, 'dist', 'generated', 'data');

interface Entry {
  /** What the data is ('catalogue', …): a catalogue is never read from another kind's entry. */
  kind?: string;
  data: unknown;
}

function entryFile(source: string): string {
  return path.join(dir, `${path.basename(source)}.json`);
}

/** The copy of the YAML's bytes the entry was made from (not a file to edit: the build writes it). */
function sourceCopy(source: string): string {
  return path.join(dir, `${path.basename(source)}.source`);
}

export function readPrecompiled(source: string, kind?: string): unknown | undefined {
  const file = entryFile(source);
  if (!existsSync(file) || !existsSync(sourceCopy(source))) return undefined;
  if (!readFileSync(sourceCopy(source)).equals(readFileSync(source))) return undefined;
  const entry = JSON.parse(readFileSync(file, 'utf8')) as Entry;
  return kind === undefined || entry.kind === kind ? entry.data : undefined;
}

export function writePrecompiled(source: string, data: unknown, kind?: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(sourceCopy(source), readFileSync(source));
  writeFileSync(entryFile(source), JSON.stringify({ ...(kind !== undefined ? { kind } : {}), data } satisfies Entry));
}
