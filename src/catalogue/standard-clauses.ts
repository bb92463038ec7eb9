import type { BilingualText } from '../i18n/text.js';
import { loadShippedData } from '../source/load-shipped-data.js';

/** One requirement of GB/T 27922-2011 clause 5 at the finest level a published source gives. */
export interface StandardClause {
  id: string;
  title: BilingualText;
  source: string;
}

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
