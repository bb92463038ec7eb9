import { loadShippedData } from '../source/load-shipped-data.js';
import { builtInName, isBuiltInCatalogue } from './load-catalogue.js';

interface MappingData {
  format: 'gbt27922-mapping/1';
  pairs: Array<{ between: [string, string]; same: Record<string, string> }>;
}

let pending: Promise<MappingData> | undefined;

/**
 * The indicators that mean the same thing in two built-in catalogues (indicators/catalogue-mapping.yaml),
 * as old id → new id in the direction asked; empty when the two have no pair (a catalogue of one's own).
 */
export async function sameIndicators(from: string, to: string): Promise<Map<string, string>> {
  if (!isBuiltInCatalogue(from) || !isBuiltInCatalogue(to)) return new Map();
  const [a, b] = [builtInName(from), builtInName(to)];
  pending ??= loadShippedData<MappingData>('catalogue-mapping.yaml', 'mapping');
  const { pairs } = await pending;
  for (const pair of pairs) {
    if (pair.between[0] === a && pair.between[1] === b) return new Map(Object.entries(pair.same));
    if (pair.between[0] === b && pair.between[1] === a) return new Map(Object.entries(pair.same).map(([x, y]) => [y, x]));
  }
  return new Map();
}
