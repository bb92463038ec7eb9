import { RECORD_FIELDS, type RecordField, type RecordsMapping, type ServiceType } from '../model/records.js';
import { UserError } from '../model/diagnostic.js';
import { loadYamlFile } from '../source/load-yaml-file.js';
import { guessType, headerScore } from './header-names.js';
import type { HeaderRow } from './read-records.js';
import { text } from './read-records.js';

/**
 * A mapping guessed from a header: each field gets the column whose header names it best (an exact
 * name before one that ends with a name, before one that contains it; each column used once), the
 * type column's values found in the rows below are each given the service type their words say,
 * and the satisfaction scale is the largest score seen (5 unless scores above 5 occur).
 */
export function guessMapping(header: HeaderRow, sample: unknown[][]): RecordsMapping {
  const candidates: Array<{ field: RecordField; column: number; score: number }> = [];
  for (const field of RECORD_FIELDS) {
    header.names.forEach((name, column) => {
      const score = Math.max(headerScore(name, field), headerScore(header.grouped[column] ?? '', field));
      if (score > 0) candidates.push({ field, column, score });
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const chosen: Partial<Record<RecordField, number>> = {};
  const used = new Set<number>();
  for (const { field, column } of candidates) {
    if (chosen[field] !== undefined || used.has(column)) continue;
    chosen[field] = column;
    used.add(column);
  }
  const columns: Partial<Record<RecordField, string>> = {};
  for (const field of RECORD_FIELDS) {
    const column = chosen[field];
    if (column !== undefined) columns[field] = headerName(header, column);
  }
  return {
    format: 'gbt27922-records-mapping/1',
    columns: columns as RecordsMapping['columns'],
    types: chosen.type === undefined ? {} : typeValues(sample, chosen.type),
    satisfactionScale: chosen.satisfaction === undefined ? 5 : satisfactionScale(sample, chosen.satisfaction),
  };
}

/** The name a mapping uses for a column: its own header, or group/header when the own header occurs twice. */
export function headerName(header: HeaderRow, column: number): string {
  const own = header.names[column] ?? '';
  const twice = header.names.filter((name) => name === own).length > 1;
  return twice ? (header.grouped[column] ?? own) : own;
}

function typeValues(sample: unknown[][], column: number): Record<string, ServiceType> {
  const types: Record<string, ServiceType> = {};
  for (const row of sample) {
    const value = text(row[column]);
    if (value !== '' && !(value in types) && Object.keys(types).length < 50) types[value] = guessType(value);
  }
  return types;
}

function satisfactionScale(sample: unknown[][], column: number): number {
  let max = 0;
  for (const row of sample) {
    const value = Number(text(row[column]));
    if (Number.isFinite(value)) max = Math.max(max, value);
  }
  return max > 10 ? 100 : max > 5 ? 10 : 5;
}

const REMADE_BY_INIT: ReadonlySet<string> = new Set(['FILE_EMPTY', 'SCHEMA_TYPE', 'SCHEMA_VALUE']);

/** A mapping file, through the same reading, YAML and schema checks as every data file. */
export async function loadMapping(file: string): Promise<RecordsMapping> {
  const loaded = await loadYamlFile(file, 'records-mapping');
  // The fixes of these say how to remake an assessment (gbt27922 init); for a mapping it is --init-mapping.
  if (!loaded.ok) throw new UserError(loaded.diagnostics.map((d) => (REMADE_BY_INIT.has(d.code) ? { ...d, params: { ...d.params, fileKind: 'records-mapping' } } : d)));
  return loaded.value.data as RecordsMapping;
}

/** Satisfied from this share of the scale: the mapping's `satisfiedFrom`, else 4 of 5. */
export function satisfiedShare(mapping: RecordsMapping): number {
  return mapping.satisfiedFrom !== undefined ? mapping.satisfiedFrom / mapping.satisfactionScale : 0.8;
}
