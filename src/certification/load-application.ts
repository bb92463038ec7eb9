import type { ApplicationRequirements } from '../model/application.js';
import { loadShippedData } from '../source/load-shipped-data.js';

let loaded: Promise<ApplicationRequirements> | undefined;

export function loadApplicationRequirements(): Promise<ApplicationRequirements> {
  loaded ??= loadShippedData<ApplicationRequirements>('application.yaml', 'application');
  return loaded;
}
