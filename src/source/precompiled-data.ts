import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../paths.js';

/**
 * The data files that ship with the tool (catalogues, application requirements, audit effort),
 * checked once at build time and kept as JSON beside the sha256 of the YAML they came from. A run
 * reads the YAML's bytes, and only when they still hash the same uses the JSON instead of parsing
 * and checking again; an edited file is always parsed and checked.
 */
const dir = path.join(packageRoot, 'dist', 'generated', 'data');

interface Entry {
  sourceHash: string;
  /** What the data is ('catalogue', …): a catalogue is never read from another kind's entry. */
  kind?: string;
  data: unknown;
}

function entryFile(source: string): string {
  return path.join(dir, `${path.basename(source)}.json`);
}

function hashOf(source: string): string {
  return createHash('sha256').update(readFileSync(source)).digest('hex');
}

export function readPrecompiled(source: string, kind?: string): unknown | undefined {
  const file = entryFile(source);
  if (!existsSync(file)) return undefined;
  const entry = JSON.parse(readFileSync(file, 'utf8')) as Entry;
  if (kind !== undefined && entry.kind !== kind) return undefined;
  return entry.sourceHash === hashOf(source) ? entry.data : undefined;
}

export function writePrecompiled(source: string, data: unknown, kind?: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(entryFile(source), JSON.stringify({ sourceHash: hashOf(source), ...(kind !== undefined ? { kind } : {}), data } satisfies Entry));
}
