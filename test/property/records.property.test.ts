import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ServiceRecord } from '../../src/model/records.js';
import { distribution, KpiAccumulator } from '../../src/records/kpis.js';
import { allocate, sampleSize } from '../../src/records/samples.js';

/** The independent computation: sort plainly, take the middle, and the value at rank ⌈0.9n⌉. */
function bySorting(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  let rank = 0;
  while (rank < n && rank + 1 < 0.9 * n) rank++;
  return { median, p90: sorted[rank]! };
}

describe('KPI distributions', () => {
  it('median and 90th percentile agree with sorting the values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 400 }), (seconds) => {
        const got = distribution(Int32Array.from(seconds), 1 / 3600);
        const expected = bySorting(seconds.map((s) => s / 3600));
        expect(got.count).toBe(seconds.length);
        expect(got.median).toBeCloseTo(expected.median, 9);
        expect(got.p90).toBeCloseTo(expected.p90, 9);
      }),
    );
  });

  it('the per-month and overall KPIs agree with counting the records directly', () => {
    const hour = 3_600_000;
    const record = fc.record({
      month: fc.integer({ min: 0, max: 5 }),
      day: fc.integer({ min: 1, max: 28 }),
      type: fc.constantFrom('repair', 'installation', 'complaint', 'consultation', 'return' as const),
      response: fc.option(fc.integer({ min: 0, max: 6 * 60 }), { nil: null }),
      onSite: fc.option(fc.integer({ min: 0, max: 48 * 60 }), { nil: null }),
      resolve: fc.option(fc.integer({ min: 0, max: 10 * 24 * 60 }), { nil: null }),
      visited: fc.boolean(),
      satisfaction: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 120 }), (rows) => {
        const commitments = { responseHours: 2, onSiteHours: 24, complaintDays: 7 };
        const kpis = new KpiAccumulator(commitments, 0.8);
        const records: ServiceRecord[] = rows.map((r, i) => {
          const received = Date.UTC(2026, r.month, r.day, 9);
          const resolved = r.resolve === null ? null : received + r.resolve * 60_000;
          return {
            id: `T${i}`,
            type: r.type,
            received,
            responded: r.response === null ? null : received + r.response * 60_000,
            onSite: r.onSite === null ? null : received + r.onSite * 60_000,
            resolved,
            visited: resolved !== null && r.visited ? resolved + hour : null,
            satisfaction: r.satisfaction === null ? null : r.satisfaction / 5,
            channel: null,
            file: 'f.csv',
            row: i + 2,
          };
        });
        for (const r of records) kpis.add({ ...r });
        const { overall, months } = kpis.result();
        const check = (subset: ServiceRecord[], got: typeof overall) => {
          expect(got.records).toBe(subset.length);
          const responses = subset.filter((r) => r.responded !== null).map((r) => (r.responded! - r.received) / hour);
          if (responses.length > 0) expect(got.response.median).toBeCloseTo(bySorting(responses).median, 9);
          expect(got.resolution.count).toBe(subset.filter((r) => r.resolved !== null).length);
          expect(got.followUp.count).toBe(subset.filter((r) => r.visited !== null).length);
          expect(got.responseWithin!.count).toBe(responses.filter((h) => h <= 2).length);
          const visits = subset.filter((r) => r.type === 'repair' || r.type === 'installation');
          expect(got.onSiteWithin!.of).toBe(visits.length);
          expect(got.onSiteWithin!.count).toBe(visits.filter((r) => r.onSite !== null && (r.onSite - r.received) / hour <= 24).length);
          const complaints = subset.filter((r) => r.type === 'complaint');
          expect(got.complaintsWithin!.of).toBe(complaints.length);
          expect(got.complaintsWithin!.count).toBe(complaints.filter((r) => r.resolved !== null && (r.resolved - r.received) / hour <= 168).length);
          expect(got.satisfaction.count).toBe(subset.filter((r) => r.satisfaction !== null && r.satisfaction >= 0.8).length);
        };
        check(records, overall);
        for (const m of months)
          check(
            records.filter((r) => new Date(r.received).toISOString().startsWith(m.month)),
            m,
          );
        expect(months.reduce((sum, m) => sum + m.records, 0)).toBe(records.length);
      }),
      { numRuns: 150 },
    );
  });
});

describe('sample allocation over months', () => {
  it('takes min(size, records), never more than a month has, and one from each month when the size allows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 14 }), (size, counts) => {
        const strata = counts.map((count, i) => [`m${i}`, count] as [string, number]);
        const allocation = allocate(size, strata);
        const total = counts.reduce((a, b) => a + b, 0);
        expect(allocation.reduce((sum, [, take]) => sum + take, 0)).toBe(Math.min(size, total));
        allocation.forEach(([, take], i) => expect(take).toBeLessThanOrEqual(counts[i]!));
        const nonEmpty = counts.filter((c) => c > 0).length;
        if (size >= nonEmpty) allocation.forEach(([, take], i) => expect(take > 0).toBe(counts[i]! > 0));
      }),
    );
  });

  it('sizes samples as ⌈√N⌉ between 10 and 30, all of a population of 10 or fewer', () => {
    const rule = { min: 10, max: 30, basis: 'ours' as const, source: '' };
    expect([0, 7, 10, 11, 100, 101, 400, 900, 1_000_000].map((n) => sampleSize(n, rule))).toEqual([0, 7, 10, 10, 10, 11, 20, 30, 30]);
  });
});
