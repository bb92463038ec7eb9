import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';

/** The three-indicator test catalogue the questionnaire tests walk. */
export const miniCatalogue = path.resolve(import.meta.dirname, '..', 'fixtures', 'catalogues', 'custom-valid.yaml');

/**
 * The mini catalogue copied beside an assessment file, as a person keeps a catalogue of their own:
 * the file the questionnaire writes then names it, and `score` reads it with no --catalogue.
 */
export function catalogueBeside(assessmentFile: string): string {
  const copy = path.join(path.dirname(assessmentFile), 'custom-valid.yaml');
  if (!existsSync(copy)) copyFileSync(miniCatalogue, copy);
  return copy;
}
