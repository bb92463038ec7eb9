import { SERVICE_TYPES, type Commitments, type Distribution, type KpiSet, type ServiceRecord, type ServiceType, type Share } from '../model/records.js';
import { HOUR, monthIndex, monthLabel } from './parse-time.js';

/**
 * The service KPIs of a stream of records, per month received and overall, added one record at a
 * time so a million-row export is never held: only the durations (whole seconds, four bytes each) are kept, for
 * the median and 90th percentile.
 */
export class KpiAccumulator {
  private readonly months = new Map<number, Bucket>();

  constructor(
    private readonly commitments: Commitments,
    /** Satisfied from this share of the scale on (4 of 5: 0.8). */
    private readonly satisfiedFrom: number,
  ) {}

  /** `month` is monthIndex(record.received), when the caller has it already. */
  add(record: ServiceRecord, month = monthIndex(record.received)): void {
    let bucket = this.months.get(month);
    if (!bucket) this.months.set(month, (bucket = new Bucket()));
    bucket.add(record, this.commitments, this.satisfiedFrom);
  }

  result(): { overall: KpiSet; months: Array<{ month: string } & KpiSet> } {
    const ordered = [...this.months.entries()].sort(([a], [b]) => a - b);
    const overall = new Bucket();
    for (const [, bucket] of ordered) overall.merge(bucket);
    return {
      overall: overall.kpis(this.commitments),
      months: ordered.map(([month, bucket]) => ({ month: monthLabel(month), ...bucket.kpis(this.commitments) })),
    };
  }
}

/** A growable list of whole seconds (a quarter of the memory of an array of numbers). */
class Seconds {
  values = new Int32Array(1024);
  length = 0;

  push(seconds: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = seconds;
  }

  append(other: Seconds): void {
    for (let i = 0; i < other.length; i++) this.push(other.values[i]!);
  }

  /** The distribution in hours. */
  distribution(): Distribution {
    return distribution(this.values.subarray(0, this.length), 1 / 3600);
  }
}

/** Whether a record visits the customer (repair and installation are done on site). */
export function visitsOnSite(type: ServiceType): boolean {
  return type === 'repair' || type === 'installation';
}

class Bucket {
  records = 0;
  byType = Object.fromEntries(SERVICE_TYPES.map((type) => [type, 0])) as Record<ServiceType, number>;
  response = new Seconds();
  resolve = new Seconds();
  onSite = new Seconds();
  resolved = 0;
  followedUp = 0;
  respondedWithin = 0;
  onSiteBase = 0;
  onSiteWithin = 0;
  complaints = 0;
  complaintsWithin = 0;
  scored = 0;
  satisfied = 0;
  scoreSum = 0;

  add(r: ServiceRecord, c: Commitments, satisfiedFrom: number): void {
    this.records++;
    this.byType[r.type]++;
    if (r.responded !== null) {
      const seconds = Math.round((r.responded - r.received) / 1000);
      this.response.push(seconds);
      if (c.responseHours !== undefined && seconds <= c.responseHours * 3600) this.respondedWithin++;
    }
    if (r.resolved !== null) {
      this.resolved++;
      this.resolve.push(Math.round((r.resolved - r.received) / 1000));
      if (r.visited !== null) this.followedUp++;
    }
    if (r.onSite !== null) this.onSite.push(Math.round((r.onSite - r.received) / 1000));
    if (visitsOnSite(r.type)) {
      this.onSiteBase++;
      if (r.onSite !== null && c.onSiteHours !== undefined && r.onSite - r.received <= c.onSiteHours * HOUR) this.onSiteWithin++;
    }
    if (r.type === 'complaint') {
      this.complaints++;
      if (r.resolved !== null && c.complaintDays !== undefined && r.resolved - r.received <= c.complaintDays * 24 * HOUR) this.complaintsWithin++;
    }
    if (r.satisfaction !== null) {
      this.scored++;
      this.scoreSum += r.satisfaction;
      if (r.satisfaction >= satisfiedFrom - 1e-9) this.satisfied++;
    }
  }

  merge(other: Bucket): void {
    this.records += other.records;
    for (const type of SERVICE_TYPES) this.byType[type] += other.byType[type];
    this.response.append(other.response);
    this.resolve.append(other.resolve);
    this.onSite.append(other.onSite);
    this.resolved += other.resolved;
    this.followedUp += other.followedUp;
    this.respondedWithin += other.respondedWithin;
    this.onSiteBase += other.onSiteBase;
    this.onSiteWithin += other.onSiteWithin;
    this.complaints += other.complaints;
    this.complaintsWithin += other.complaintsWithin;
    this.scored += other.scored;
    this.satisfied += other.satisfied;
    this.scoreSum += other.scoreSum;
  }

  kpis(c: Commitments): KpiSet {
    return {
      records: this.records,
      byType: { ...this.byType },
      response: this.response.distribution(),
      resolve: this.resolve.distribution(),
      onSite: this.onSite.distribution(),
      resolution: share(this.resolved, this.records),
      followUp: share(this.followedUp, this.resolved),
      responseWithin: c.responseHours === undefined ? null : share(this.respondedWithin, this.records),
      onSiteWithin: c.onSiteHours === undefined ? null : share(this.onSiteWithin, this.onSiteBase),
      complaintsWithin: c.complaintDays === undefined ? null : share(this.complaintsWithin, this.complaints),
      satisfaction: { ...share(this.satisfied, this.scored), mean: this.scored === 0 ? null : this.scoreSum / this.scored },
    };
  }
}

export function share(count: number, of: number): Share {
  return { count, of, rate: of === 0 ? null : count / of };
}

/**
 * The median (the middle value, or the mean of the two middle values), the 90th percentile by
 * nearest rank (the value at rank ⌈0.9·n⌉ of the sorted values: always a value that occurred), and
 * the mean.
 */
export function distribution(values: ArrayLike<number>, unit = 1): Distribution {
  const n = values.length;
  if (n === 0) return { count: 0, median: null, p90: null, mean: null };
  // Whole seconds sort as integers (a typed array sorts numerically, in native code).
  const sorted = values instanceof Int32Array ? Int32Array.from(values).sort() : Float64Array.from(values).sort();
  const middle = n >> 1;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i]!;
  return {
    count: n,
    median: (n % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2) * unit,
    p90: sorted[Math.ceil(0.9 * n) - 1]! * unit,
    mean: (sum / n) * unit,
  };
}
