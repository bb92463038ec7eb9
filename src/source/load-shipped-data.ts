import path from 'node:path';
import { UserError } from '../model/diagnostic.js';
import { indicatorsDir } from '../paths.js';
import { loadYamlFile } from './load-yaml-file.js';
import { readPrecompiled } from './precompiled-data.js';
import type { SchemaName } from './schema-names.js';

/**
 * A data file that ships with the tool (under indicators/): the JSON checked at build time when it
 * is current, else the YAML through the same checks as a user's file. A problem in it is a bug in
 * the package, not in the user's input, but it is still reported with its place.
 */
export async function loadShippedData<T>(name: string, schema: SchemaName): Promise<T> {
  const file = path.join(indicatorsDir, name);
  const checkedAtBuild = readPrecompiled(file) as T | undefined;
  if (checkedAtBuild) return checkedAtBuild;
  const loaded = await loadYamlFile(file, schema);
  if (!loaded.ok) throw new UserError(loaded.diagnostics);
  return loaded.value.data as T;
}
