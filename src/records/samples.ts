import type { Commitments, RecordField, SampledRecord, SampleProposal, ServiceRecord, ServiceType } from '../model/records.js';
import { HOUR, monthIndex, monthLabel, monthOf } from './parse-time.js';
import { visitsOnSite } from './kpis.js';
import { sheetCell } from '../spreadsheet/cell-reference.js';

export type Check = 'responded' | 'on-site' | 'resolved' | 'visited' | 'complaint-closed';

export interface RecordsRules {
  format: 'gbt27922-records-rules/1';
  sampleSize: { min: number; max: number; basis: 'ours' | 'standard'; source: string };
  rules: Record<string, { title: { zh: string; en: string }; types: ServiceType[]; checks: Check[]; source?: string }>;
  indicators: Record<string, string>;
}

/**
 * An auditor-style sample drawn while the records stream past. Each record gets a pseudo-random
 * key from the seed and its ticket id (not its position, so a re-sorted or re-exported file gives
 * the same sample); each month keeps the records with the smallest keys (at most the largest
 * sample size), and at the end the sample is split over the months in proportion to their records
 * (largest remainders, every month with records getting one while the size allows) and each
 * month's share taken from its smallest keys. That is a simple random sample within each month.
 */
export class Sampler {
  private readonly months = new Map<number, Array<{ key: number; record: ServiceRecord }>>();
  private readonly counts = new Map<number, number>();
  population = 0;

  constructor(
    readonly indicator: string,
    readonly rule: string,
    private readonly types: ReadonlySet<ServiceType>,
    private readonly keep: number,
  ) {}

  /** `record` may be reused by the caller for the next row: what is kept is copied. */
  add(record: ServiceRecord, key: number, month: number): void {
    if (!this.types.has(record.type)) return;
    this.population++;
    this.counts.set(month, (this.counts.get(month) ?? 0) + 1);
    let kept = this.months.get(month);
    if (!kept) this.months.set(month, (kept = []));
    if (kept.length === this.keep && key >= kept[kept.length - 1]!.key) return;
    // Sorted insert into a short list (at most `keep`, 30 by default).
    let i = kept.length;
    while (i > 0 && kept[i - 1]!.key > key) i--;
    // The id is copied out of the chunk of text it was cut from, which would otherwise stay in memory.
    kept.splice(i, 0, { key, record: { ...record, id: (' ' + record.id).slice(1), channel: record.channel === null ? null : (' ' + record.channel).slice(1) } });
    if (kept.length > this.keep) kept.pop();
  }

  /** The sample of `size` records split over the months, each checked. */
  draw(size: number): ServiceRecord[] {
    const allocation = allocate(
      size,
      [...this.counts.entries()].sort(([a], [b]) => a - b).map(([month, count]) => [monthLabel(month), count] as [string, number]),
    );
    const drawn: ServiceRecord[] = [];
    const byLabel = new Map([...this.months.entries()].map(([month, kept]) => [monthLabel(month), kept]));
    for (const [month, take] of allocation) drawn.push(...(byLabel.get(month) ?? []).slice(0, take).map((entry) => entry.record));
    return drawn;
  }
}

/** The sample size for a population of N (rules' sampleSize: ⌈√N⌉ between min and max, all of a small population). */
export function sampleSize(population: number, rules: RecordsRules['sampleSize']): number {
  if (population <= rules.min) return population;
  return Math.min(population, Math.max(rules.min, Math.min(rules.max, Math.ceil(Math.sqrt(population)))));
}

/**
 * `size` split over strata in proportion to their counts, by largest remainder; when the size
 * allows, every stratum gets at least one. No stratum gets more than it has.
 */
export function allocate(size: number, strata: Array<[string, number]>): Array<[string, number]> {
  const total = strata.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0 || size <= 0) return strata.map(([name]) => [name, 0]);
  const take = Math.min(size, total);
  // Every month with records gets one when the size covers them all (empty months need none).
  const floor = strata.filter(([, count]) => count > 0).length <= take;
  const shares = strata.map(([name, count], index) => {
    const exact = (take * count) / total;
    const base = Math.min(count, Math.max(floor && count > 0 ? 1 : 0, Math.floor(exact)));
    return { name, count, index, base, remainder: exact - Math.floor(exact) };
  });
  let left = take - shares.reduce((sum, s) => sum + s.base, 0);
  // Too many given their minimum one: take back from the largest.
  while (left < 0) {
    const largest = shares.reduce((a, b) => (b.base > a.base ? b : a));
    largest.base--;
    left++;
  }
  const order = [...shares].sort((a, b) => b.remainder - a.remainder || b.count - a.count || a.index - b.index);
  while (left > 0) {
    let given = false;
    for (const share of order) {
      if (left === 0) break;
      if (share.base < share.count) {
        share.base++;
        left--;
        given = true;
      }
    }
    if (!given) break;
  }
  return shares.map((s) => [s.name, s.base]);
}

/** What is wrong with a record under a rule's checks (empty: it conforms). */
export function checkRecord(record: ServiceRecord, checks: readonly Check[], c: Commitments): SampledRecord['findings'] {
  const findings: SampledRecord['findings'] = [];
  const hours = (to: number | null) => (to === null ? null : (to - record.received) / HOUR);
  for (const check of checks) {
    switch (check) {
      case 'responded': {
        const h = hours(record.responded);
        if (h === null) findings.push('no-response');
        else if (c.responseHours !== undefined && h > c.responseHours) findings.push('response-late');
        break;
      }
      case 'on-site': {
        if (!visitsOnSite(record.type)) break;
        const h = hours(record.onSite);
        if (h === null) findings.push('no-on-site');
        else if (c.onSiteHours !== undefined && h > c.onSiteHours) findings.push('on-site-late');
        break;
      }
      case 'resolved': {
        const h = hours(record.resolved);
        if (h === null) findings.push('not-resolved');
        else if (c.resolveHours !== undefined && h > c.resolveHours) findings.push('resolve-late');
        break;
      }
      case 'complaint-closed': {
        const h = hours(record.resolved);
        if (h === null) {
          if (!findings.includes('not-resolved')) findings.push('not-resolved');
        } else if (c.complaintDays !== undefined && h > c.complaintDays * 24) findings.push('complaint-late');
        break;
      }
      case 'visited': {
        if (record.visited === null) findings.push('not-visited');
        else if (c.followUpDays !== undefined && record.resolved !== null && (record.visited - record.resolved) / HOUR > c.followUpDays * 24) findings.push('visit-late');
        break;
      }
    }
  }
  return findings;
}

/** The key of a record in a sample: a 32-bit hash of the seed and the ticket id (FNV-1a, then a murmur3 finaliser to spread it). */
export function sampleKey(seed: number, id: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Samplers for the indicators of a catalogue that records can evidence (sampled ones only). */
export function samplersFor(rules: RecordsRules, indicators: Array<{ id: string; sampled: boolean }>): Sampler[] {
  const samplers: Sampler[] = [];
  for (const indicator of indicators) {
    const rule = rules.indicators[indicator.id];
    if (!indicator.sampled || rule === undefined || rules.rules[rule] === undefined) continue;
    samplers.push(new Sampler(indicator.id, rule, new Set(rules.rules[rule]!.types), rules.sampleSize.max));
  }
  return samplers;
}

/** Feeds one record to every sampler (its key computed once). */
export function sampleRecord(samplers: readonly Sampler[], seed: number, record: ServiceRecord, month = monthIndex(record.received)): void {
  if (samplers.length === 0) return;
  const key = sampleKey(seed, record.id);
  for (const sampler of samplers) sampler.add(record, key, month);
}

/** The field each check reads. */
const CHECK_FIELD: Record<Check, RecordField> = { responded: 'responded', 'on-site': 'onSite', resolved: 'resolved', 'complaint-closed': 'resolved', visited: 'visited' };

/**
 * The proposals: each sampler's sample drawn, checked, and counted. A check whose field the export
 * has no column for (`mapped` lacks it) is left out and named, not failed for every record.
 */
export function proposals(samplers: readonly Sampler[], rules: RecordsRules, seed: number, commitments: Commitments, mapped?: ReadonlySet<RecordField>): SampleProposal[] {
  return samplers.map((sampler) => {
    const rule = rules.rules[sampler.rule]!;
    const checks = mapped === undefined ? rule.checks : rule.checks.filter((check) => mapped.has(CHECK_FIELD[check]));
    const unchecked = [...new Set(rule.checks.filter((check) => !checks.includes(check)).map((check) => CHECK_FIELD[check]))];
    const size = sampleSize(sampler.population, rules.sampleSize);
    const samples = sampler.draw(size).map((record): SampledRecord => {
      const findings = checkRecord(record, checks, commitments);
      const cell = record.sheet !== undefined ? { cell: sheetCell(record.sheet, record.idColumn ?? 0, record.row) } : {};
      return { id: record.id, month: monthOf(record.received), file: record.file, row: record.row, ...cell, conforms: findings.length === 0, findings };
    });
    return {
      indicator: sampler.indicator,
      rule: sampler.rule,
      types: [...rule.types],
      population: sampler.population,
      size: samples.length,
      sizeBasis: 'ours',
      seed,
      conforming: samples.filter((s) => s.conforms).length,
      ...(unchecked.length > 0 ? { unchecked } : {}),
      samples,
    };
  });
}
