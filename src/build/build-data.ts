import { rmSync } from 'node:fs';
import path from 'node:path';
import { loadApplicationRequirements } from '../certification/load-application.js';
import { BUILT_IN_PROFILES, loadProfile, resolveProfileReference } from '../certification/load-profile.js';
import { BUILT_IN_CATALOGUES, builtInCataloguePath, loadCatalogue, type PrecompiledCatalogue } from '../catalogue/load-catalogue.js';
import { loadStandardClauses } from '../catalogue/standard-clauses.js';
import { indicatorsDir, packageRoot } from '../paths.js';
import { loadAuditEffortTable } from '../report/audit-effort.js';
import { writePrecompiled } from '../source/precompiled-data.js';
import { loadShippedData } from '../source/load-shipped-data.js';
import { loadTimeline } from '../plan/timeline.js';
import { loadRecordsRules } from '../records/analyse-records.js';
import { bundle } from './bundle.js';
import { compileValidators } from './compile-validators.js';

/**
 * `npm run build` runs this after tsc: what is made once rather than on every run. The validators
 * first, then the shipped data, each checked in full (a broken data file fails the build): what an
 * earlier build made is removed first, so none of it is read back or left behind.
 */
rmSync(path.join(packageRoot, 'dist', 'generated'), { recursive: true, force: true });
const validators = compileValidators();
process.stdout.write(`built ${path.relative(process.cwd(), validators)}\n`);

for (const name of BUILT_IN_CATALOGUES) {
  const file = builtInCataloguePath(name);
  const loaded = await loadCatalogue(file);
  if (!loaded.ok) throw new Error(`${file} is invalid: ${loaded.diagnostics.map((d) => d.code).join(', ')}`);
  const { file: _file, indicatorList: _list, ...data } = loaded.value;
  writePrecompiled(file, data satisfies PrecompiledCatalogue, 'catalogue');
}
writePrecompiled(path.join(indicatorsDir, 'application.yaml'), await loadApplicationRequirements());
writePrecompiled(path.join(indicatorsDir, 'audit-effort.yaml'), await loadAuditEffortTable());
writePrecompiled(path.join(indicatorsDir, 'gbt27922-clauses.yaml'), await loadStandardClauses());
writePrecompiled(path.join(indicatorsDir, 'catalogue-mapping.yaml'), await loadShippedData('catalogue-mapping.yaml', 'mapping'));
writePrecompiled(path.join(indicatorsDir, 'timeline.yaml'), await loadTimeline());
writePrecompiled(path.join(indicatorsDir, 'records.yaml'), await loadRecordsRules());
const requirements = await loadApplicationRequirements();
for (const name of BUILT_IN_PROFILES) {
  const file = resolveProfileReference(name, indicatorsDir);
  const loaded = await loadProfile(file, requirements);
  if (!loaded.ok) throw new Error(`${file} is invalid: ${loaded.diagnostics.map((d) => d.code).join(', ')}`);
  writePrecompiled(file, loaded.value, 'profile');
}
process.stdout.write('built the shipped data\n');
process.stdout.write(`built ${path.relative(process.cwd(), await bundle())}\n`);
