import type { BilingualText } from '../model/bilingual-text.js';
import { loadShippedData } from '../source/load-shipped-data.js';

/** Man-days of one audit; null where no source gives the figure (said so in the data, never guessed). */
export interface AuditDays {
  total: number | null;
  onSite: number | null;
}

interface Band {
  employees: [number, number];
  initial: { total: number; documents: number; onSite: number };
  surveillance: AuditDays;
  recertification: AuditDays;
}

export interface FeeSchedule {
  application: number;
  approvalAndRegistration: number;
  annualPerYear: number;
  perManDay: number;
}

interface Sourced {
  source: BilingualText;
  url: string;
}

/** indicators/audit-effort.yaml: the historical table, one body's current fees, the outlet rule. */
export interface AuditEffortTable {
  historical: Sourced & { bands: Band[]; notFound: BilingualText; fees: FeeSchedule };
  example: Sourced & { fees: FeeSchedule };
  outlets: Sourced & { minimumPerOutlet: number };
}

/** The audit fee of each audit at one schedule's rate; null where the man-days are not known. */
export interface AuditFees {
  schedule: FeeSchedule;
  initial: number;
  surveillance: number | null;
  recertification: number | null;
  /** The fee of the outlets' minimum man-days, for each audit that visits them. */
  outlets: number | null;
}

/** An estimate: every figure in it is historical or an example, and must be shown as such. */
export interface AuditEffortEstimate {
  employees: number;
  band: [number, number];
  initial: Band['initial'];
  surveillance: AuditDays;
  recertification: AuditDays;
  /** Fixed service outlets the assessment gives, and the man-days they add at least (null: not given). */
  outlets: { count: number; minimumDays: number } | null;
  /** The example rule's man-days for each fixed service outlet, at least. */
  minimumPerOutlet: number;
  historical: AuditFees;
  example: AuditFees;
  /** Set when a figure of this band is missing from every source. */
  notFound: BilingualText | null;
  sources: { historical: Sourced; example: Sourced; outlets: Sourced };
}

export function loadAuditEffortTable(): Promise<AuditEffortTable> {
  return loadShippedData<AuditEffortTable>('audit-effort.yaml', 'audit-effort');
}

/** The band a company falls in; null without an employee count or beyond the table. */
export function estimateAuditEffort(table: AuditEffortTable, employees: number | null, outlets: number | null = null): AuditEffortEstimate | null {
  if (employees === null) return null;
  const band = table.historical.bands.find((candidate) => employees >= candidate.employees[0] && employees <= candidate.employees[1]);
  if (!band) return null;
  const outletDays = outlets === null ? null : outlets * table.outlets.minimumPerOutlet;
  const fees = (schedule: FeeSchedule): AuditFees => {
    const fee = (days: number | null) => (days === null ? null : days * schedule.perManDay);
    return {
      schedule,
      initial: band.initial.total * schedule.perManDay,
      surveillance: fee(band.surveillance.total),
      recertification: fee(band.recertification.total),
      outlets: fee(outletDays),
    };
  };
  const missing = [band.surveillance, band.recertification].some((audit) => audit.total === null || audit.onSite === null);
  const { historical, example } = table;
  return {
    employees,
    band: band.employees,
    initial: band.initial,
    surveillance: band.surveillance,
    recertification: band.recertification,
    outlets: outlets === null || outletDays === null ? null : { count: outlets, minimumDays: outletDays },
    minimumPerOutlet: table.outlets.minimumPerOutlet,
    historical: fees(historical.fees),
    example: fees(example.fees),
    notFound: missing ? historical.notFound : null,
    sources: {
      historical: { source: historical.source, url: historical.url },
      example: { source: example.source, url: example.url },
      outlets: { source: table.outlets.source, url: table.outlets.url },
    },
  };
}
