import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseRecords } from '../../src/records/analyse-records.js';

/**
 * The 50-row GBK fixture (a title, a merged group row, a blank row, a bad date, a missing id, a
 * repeated id, a response dated before receipt, satisfaction in words, serial-number dates, a 合计
 * row), counted by hand month by month against the company's commitments (respond within 2 h, on
 * site within 24 h, complaints closed within 7 days; satisfied is 4 or 5 of 5, 满意 = 4). The count
 * was checked a second time with an independent script (Python's csv and datetime, written apart
 * from this code). Per month: records, response median and 90th percentile (hours), then
 * [count, of] for resolved, followed up (of resolved), responded within 2 h, on site within 24 h
 * (of repair and installation), complaints within 7 days, satisfied (of scored).
 */
const HAND_COUNT: Array<[string, number, number, number, ...Array<[number, number]>]> = [
  ['2026-01', 4, 0.5333, 1.6333, [4, 4], [3, 4], [4, 4], [2, 3], [0, 0], [2, 3]],
  ['2026-02', 1, 0.3667, 0.3667, [1, 1], [1, 1], [1, 1], [1, 1], [0, 0], [1, 1]],
  ['2026-03', 3, 0.9333, 2.7833, [3, 3], [3, 3], [2, 3], [1, 2], [0, 0], [1, 2]],
  ['2026-04', 5, 0.8167, 1.7333, [4, 5], [4, 4], [5, 5], [3, 4], [0, 0], [3, 4]],
  ['2026-05', 6, 0.6, 1.3667, [6, 6], [4, 6], [5, 6], [3, 5], [1, 1], [3, 4]],
  ['2026-06', 5, 0.65, 2.75, [5, 5], [4, 5], [3, 5], [1, 4], [0, 1], [2, 4]],
  ['2026-07', 1, 1.05, 1.05, [1, 1], [0, 1], [1, 1], [0, 0], [0, 0], [0, 0]],
  ['2026-08', 6, 0.8917, 1.75, [6, 6], [2, 6], [6, 6], [3, 5], [0, 0], [1, 2]],
  ['2026-09', 3, 1.85, 5.95, [2, 3], [2, 2], [2, 3], [1, 2], [0, 0], [1, 2]],
  ['2026-10', 3, 0.6833, 3.45, [3, 3], [3, 3], [2, 3], [3, 3], [0, 0], [2, 3]],
  ['2026-11', 5, 1.5, 2.6167, [5, 5], [4, 5], [2, 5], [2, 2], [1, 2], [3, 4]],
  ['2026-12', 4, 0.7917, 2.9, [4, 4], [3, 4], [3, 4], [2, 2], [0, 0], [0, 2]],
];

describe('KPIs of a 50-row slice, against a hand count', async () => {
  const file = path.resolve(import.meta.dirname, '..', 'fixtures', 'records', 'orders-50-gbk.csv');
  const { report } = await analyseRecords([file], { seed: 1, indicators: [], commitments: { responseHours: 2, onSiteHours: 24, complaintDays: 7 } });

  it('has the months counted by hand, in order', () => {
    expect(report.months.map((m) => m.month)).toEqual(HAND_COUNT.map(([month]) => month));
  });

  it.each(HAND_COUNT)('%s', (month, records, median, p90, resolved, followUp, responded, onSite, complaints, satisfied) => {
    const m = report.months.find((candidate) => candidate.month === month)!;
    expect(m.records).toBe(records);
    expect(m.response.median).toBeCloseTo(median, 3);
    expect(m.response.p90).toBeCloseTo(p90, 3);
    const pair = (share: { count: number; of: number } | null) => [share!.count, share!.of];
    expect(pair(m.resolution)).toEqual(resolved);
    expect(pair(m.followUp)).toEqual(followUp);
    expect(pair(m.responseWithin)).toEqual(responded);
    expect(pair(m.onSiteWithin)).toEqual(onSite);
    expect(pair(m.complaintsWithin)).toEqual(complaints);
    expect(pair(m.satisfaction)).toEqual(satisfied);
  });

  it('adds up to the overall figures, also counted by hand', () => {
    const o = report.overall;
    expect([o.records, o.resolution.count, o.followUp.count, o.responseWithin!.count, o.onSiteWithin!.count, o.onSiteWithin!.of, o.complaintsWithin!.count, o.complaintsWithin!.of]).toEqual([
      46, 44, 33, 36, 22, 33, 2, 4,
    ]);
    expect([o.satisfaction.count, o.satisfaction.of]).toEqual([19, 31]);
    expect(o.response.median).toBeCloseTo(0.825, 6);
    expect(o.response.p90).toBeCloseTo(2.75, 6);
    expect(o.byType).toEqual({ repair: 21, installation: 12, complaint: 4, consultation: 3, return: 6, other: 0 });
  });
});
