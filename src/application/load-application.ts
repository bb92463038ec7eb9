import path from 'node:path';
import { UserError } from '../diagnostics/diagnostic.js';
import type { BilingualText } from '../i18n/text.js';
import { indicatorsDir } from '../paths.js';
import { loadYamlFile } from '../source/load-yaml-file.js';
import { readPrecompiled } from '../source/precompiled-data.js';

export interface EligibilityCondition {
  id: string;
  title: BilingualText;
  why: BilingualText;
}

export interface RequiredDocument {
  id: string;
  title: BilingualText;
  note?: BilingualText;
  /** Parts of file names that suggest this document (Chinese and English). */
  hints: string[];
}

/** The eligibility conditions and documents of an application, shared by every catalogue. */
export interface ApplicationRequirements {
  eligibility: EligibilityCondition[];
  documents: RequiredDocument[];
}

let loaded: Promise<ApplicationRequirements> | undefined;

/**
 * This file ships with the tool and is checked by the test suite, so a problem in it is a bug in
 * the package, not in the user's input; it still goes through the same checks and reports.
 */
export function loadApplicationRequirements(): Promise<ApplicationRequirements> {
  loaded ??= (async () => {
    const file = path.join(indicatorsDir, 'application.yaml');
    const checkedAtBuild = readPrecompiled(file) as ApplicationRequirements | undefined;
    if (checkedAtBuild) return checkedAtBuild;
    const result = await loadYamlFile(file, 'application');
    if (!result.ok) throw new UserError(result.diagnostics);
    return result.value.data as ApplicationRequirements;
  })();
  return loaded;
}
