/**
 * The contract of `gbt27922 records`: what a company's service records (work orders, complaints,
 * follow-up visits) are read into, the mapping that says which column holds what, and the report
 * the KPIs and samples come out as. `records --format json` prints a `RecordsReport`; the PDF's KPI
 * page draws the same object. Times are hours, rates are shares between 0 and 1; a figure that
 * cannot be computed (no records for it) is null, never 0.
 */

/** The fields a work-order export is read into. `id`, `type` and `received` are required. */
export const RECORD_FIELDS = ['id', 'type', 'received', 'responded', 'onSite', 'resolved', 'visited', 'satisfaction', 'channel'] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];
/** The fields that hold a date and time. */
export const TIME_FIELDS = ['received', 'responded', 'onSite', 'resolved', 'visited'] as const;
export type TimeField = (typeof TIME_FIELDS)[number];

export const SERVICE_TYPES = ['repair', 'installation', 'complaint', 'consultation', 'return', 'other'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** The mapping file (`records --init-mapping` writes it): columns by their header text, and what the type column's values mean. */
export interface RecordsMapping {
  format: 'gbt27922-records-mapping/1';
  /** Header text of the column for each field (as the export writes it; a two-row header as 时间节点/受理时间 or just 受理时间). */
  columns: Partial<Record<RecordField, string>> & { id: string; type: string; received: string };
  /** Each value of the type column and the service type it means; a value not listed counts as `other`. */
  types: Record<string, ServiceType>;
  /** The best score of the satisfaction column (5 for 1–5); words such as 满意 are read on a 1–5 scale. */
  satisfactionScale: number;
  /** Scores at or above this count as satisfied (default: 4 of 5, scaled). */
  satisfiedFrom?: number;
}

/** One readable row. Times are milliseconds of the wall-clock time as written (held as UTC, no zone). */
export interface ServiceRecord {
  id: string;
  type: ServiceType;
  received: number;
  responded: number | null;
  onSite: number | null;
  resolved: number | null;
  visited: number | null;
  /** The score as a share of the scale (0–1), or null when not given. */
  satisfaction: number | null;
  channel: string | null;
  /** Where it was read: file, and row (1-based, as a spreadsheet numbers rows; a csv's line). */
  file: string;
  row: number;
  /** The sheet of an xlsx file the row is on (undefined for a csv file). */
  sheet?: string | undefined;
  /** The 0-based column of the ticket id, for naming the row's cell in an xlsx file. */
  idColumn?: number;
}

/** The company's service commitments (from the assessment's `commitments:`): its own numbers, not the standard's. */
export interface Commitments {
  responseHours?: number;
  onSiteHours?: number;
  resolveHours?: number;
  complaintDays?: number;
  followUpDays?: number;
}

/** A row that could not be read, with where and why (why as a code for the words in src/i18n). */
export interface UnreadRow {
  file: string;
  row: number;
  /** The 1-based column of the offending cell in a csv file, when one cell is to blame. */
  column?: number;
  /**
   * The offending cell of an xlsx file as Excel names it, sheet!cell (工单!H12, 'Sheet 1'!H12): the
   * cell to blame, else the row's first cell. Always given for an xlsx file.
   */
  cell?: string;
  reason: 'missing-id' | 'missing-type' | 'missing-received' | 'bad-date' | 'before-received' | 'bad-satisfaction' | 'duplicate-id' | 'short-row';
  /** The offending text, shortened. */
  value?: string;
  field?: RecordField;
}

/** The distribution of one duration, in hours. Percentiles are nearest-rank (the value at rank ⌈p·n⌉ in sorted order). */
export interface Distribution {
  count: number;
  median: number | null;
  p90: number | null;
  mean: number | null;
}

/** A share: how many of how many, and the rate (null when the base is 0). */
export interface Share {
  count: number;
  of: number;
  rate: number | null;
}

export interface KpiSet {
  records: number;
  byType: Record<ServiceType, number>;
  /** Received to first response. */
  response: Distribution;
  /** Received to resolved. */
  resolve: Distribution;
  /** Received to on site (records with an on-site time). */
  onSite: Distribution;
  /** Resolved of all records. */
  resolution: Share;
  /** Followed up (a visit time) of the resolved records. */
  followUp: Share;
  /** Responded within the commitment, of all records (null without a response commitment). */
  responseWithin: Share | null;
  /** On site within the commitment, of the repair and installation records (null without the commitment). */
  onSiteWithin: Share | null;
  /** Complaints closed within the commitment, of all complaints (null without the commitment). */
  complaintsWithin: Share | null;
  /** Satisfied (at or above `satisfiedFrom`) of the scored records, and the mean score as a share of the scale. */
  satisfaction: Share & { mean: number | null };
}

/** One sampled record and what the check found. */
export interface SampledRecord {
  id: string;
  month: string;
  file: string;
  row: number;
  /** In an xlsx file, the record's ticket-id cell as Excel names it (工单!B12, 'Sheet 1'!B12). */
  cell?: string;
  conforms: boolean;
  /** What is wrong with it (codes for the words in src/i18n), empty when it conforms. */
  findings: Array<'no-response' | 'response-late' | 'not-resolved' | 'resolve-late' | 'not-visited' | 'visit-late' | 'no-on-site' | 'on-site-late' | 'complaint-late'>;
}

/** An auditor-style sample for one indicator, and the k/n it proposes. */
export interface SampleProposal {
  indicator: string;
  /** Which records the sample is drawn from (their service types) and the rule each is checked by. */
  rule: string;
  types: ServiceType[];
  /** Records of those types in the files. */
  population: number;
  /** Sample size and how it was chosen (ours: no published figure for this standard was found). */
  size: number;
  sizeBasis: 'ours';
  seed: number;
  conforming: number;
  /**
   * The fields the rule checks that the export has no column for (onSite when there is no 上门时间
   * column): not checked, rather than every sampled record found lacking them.
   */
  unchecked?: RecordField[];
  samples: SampledRecord[];
}

export interface RecordsReport {
  format: 'gbt27922-records-report/1';
  files: string[];
  /** The commitments the shares were computed against, labelled as the company's own. */
  commitments: Commitments & { source: 'assessment' | 'none' };
  rows: { read: number; unread: number; blank: number; totalRows: number };
  /** The best satisfaction score of the mapping (satisfaction means are shares of it). */
  satisfactionScale: number;
  /** Rows that could not be read (the first 1000 listed; `rows.unread` counts them all). */
  unread: UnreadRow[];
  overall: KpiSet;
  /** By the month the record was received, YYYY-MM, in order. */
  months: Array<{ month: string } & KpiSet>;
  samples: SampleProposal[];
}
