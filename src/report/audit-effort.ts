import type { BilingualText } from '../model/bilingual-text.js';
import { loadShippedData } from '../source/load-shipped-data.js';

interface Row {
  employees: [number, number];
  total: number;
  documents?: number;
  onSite: number;
}

export interface AuditEffortTable {
  source: BilingualText;
  initial: Row[];
  surveillance: Row[];
  surveillanceShareOfInitial: number;
  fees: { application: number; approvalAndRegistration: number; annualPerYear: number };
}

/** An estimate from the historical table: every figure here must be shown as an estimate. */
export interface AuditEffortEstimate {
  employees: number;
  band: [number, number];
  initial: { total: number; documents: number; onSite: number };
  /** From the table where it has the row, otherwise a third of the initial audit (marked). */
  surveillance: { total: number; onSite: number | null; fromTable: boolean };
  fees: AuditEffortTable['fees'];
  source: BilingualText;
}

export function loadAuditEffortTable(): Promise<AuditEffortTable> {
  return loadShippedData<AuditEffortTable>('audit-effort.yaml', 'audit-effort');
}

/** The band a company falls in; null without an employee count or beyond the table. */
export function estimateAuditEffort(table: AuditEffortTable, employees: number | null): AuditEffortEstimate | null {
  if (employees === null) return null;
  const row = table.initial.find((candidate) => employees >= candidate.employees[0] && employees <= candidate.employees[1]);
  if (!row) return null;
  const known = table.surveillance.find((candidate) => employees >= candidate.employees[0] && employees <= candidate.employees[1]);
  const surveillance = known
    ? { total: known.total, onSite: known.onSite, fromTable: true }
    : { total: Math.round(row.total * table.surveillanceShareOfInitial * 2) / 2, onSite: null, fromTable: false };
  return {
    employees,
    band: row.employees,
    initial: { total: row.total, documents: row.documents ?? 0, onSite: row.onSite },
    surveillance,
    fees: table.fees,
    source: table.source,
  };
}
