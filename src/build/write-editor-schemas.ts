import { writeFileSync } from 'node:fs';
import { loadApplicationRequirements } from '../certification/load-application.js';
import { BUILT_IN_CATALOGUES, builtInCataloguePath, loadCatalogue } from '../catalogue/load-catalogue.js';
import { editorSchema, editorSchemaFile } from './editor-schemas.js';

/** `npm run schemas`: rewrites the editor schemas of the built-in catalogues (a test checks they are current). */
const requirements = await loadApplicationRequirements();
for (const name of BUILT_IN_CATALOGUES) {
  const catalogue = await loadCatalogue(builtInCataloguePath(name));
  if (!catalogue.ok) throw new Error(`${name} is invalid`);
  writeFileSync(editorSchemaFile(name), JSON.stringify(editorSchema(catalogue.value, requirements), null, 2) + '\n');
  process.stdout.write(`wrote ${editorSchemaFile(name)}\n`);
}
