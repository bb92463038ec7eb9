import type { StandardClause } from '../model/catalogue.js';
import { loadShippedData } from '../source/load-shipped-data.js';

export type { StandardClause };

export interface StandardClauses {
  format: 'gbt27922-clauses/1';
  standard: string;
  clauses: StandardClause[];
}

let pending: Promise<StandardClauses> | undefined;

/** indicators/gbt27922-clauses.yaml: the clause numbers a catalogue may cite, read once per run. */
export function loadStandardClauses(): Promise<StandardClauses> {
  pending ??= loadShippedData<StandardClauses>('gbt27922-clauses.yaml', 'clauses');
  return pending;
}
