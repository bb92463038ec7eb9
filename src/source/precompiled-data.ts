import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../paths.js';

/**
 * The data files that ship with the tool (catalogues, application requirements, audit effort,
 * body profiles), checked once at build time and kept as JSON beside the text of the YAML they
 * came from. A run reads the YAML, and only when it is still exactly that text uses the JSON
 * instead of parsing and checking again; an edited file is always parsed and checked. Comparing
 * the text costs less than hashing it, and leaves node:crypto unloaded on most runs.
 */
const dir = path.join(packageRoot, 'dist', 'generated', 'data');

interface Entry {
  source: string;
  /** What the data is ('catalogue', …): a catalogue is never read from another kind's entry. */
  kind?: string;
  data: unknown;
}

function entryFile(source: string): string {
  return path.join(dir, `${path.basename(source)}.json`);
}

export function readPrecompiled(source: string, kind?: string): unknown | undefined {
  const file = entryFile(source);
  if (!existsSync(file)) return undefined;
  const entry = JSON.parse(readFileSync(file, 'utf8')) as Partial<Entry>;
  if (kind !== undefined && entry.kind !== kind) return undefined;
  return entry.source === readFileSync(source, 'utf8') ? entry.data : undefined;
}

export function writePrecompiled(source: string, data: unknown, kind?: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(entryFile(source), JSON.stringify({ source: readFileSync(source, 'utf8'), ...(kind !== undefined ? { kind } : {}), data } satisfies Entry));
}
