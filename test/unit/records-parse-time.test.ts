import { describe, expect, it } from 'vitest';
import { monthIndex, monthLabel, parseTime, timeOfCell } from '../../src/records/parse-time.js';

const at = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, mo - 1, d, h, mi, s);

describe('parseTime: dates as work-order exports write them', () => {
  it.each([
    ['2026/11/20 14:03', at(2026, 11, 20, 14, 3)],
    ['2026-11-20 14:03:00', at(2026, 11, 20, 14, 3)],
    ['2026-11-20T14:03:05', at(2026, 11, 20, 14, 3, 5)],
    ['2026年11月20日', at(2026, 11, 20)],
    ['2026年11月20日 14:03', at(2026, 11, 20, 14, 3)],
    ['2026年11月20日 14时03分', at(2026, 11, 20, 14, 3)],
    ['2026年11月20日 14时03分05秒', at(2026, 11, 20, 14, 3, 5)],
    ['2026.11.20', at(2026, 11, 20)],
    ['20261120', at(2026, 11, 20)],
    ['  2026/1/5 8:07  ', at(2026, 1, 5, 8, 7)],
    ['２０２６年１１月２０日 １４:０３', at(2026, 11, 20, 14, 3)],
    ['2026-11-20 14:03:00.250', at(2026, 11, 20, 14, 3)],
    // A spreadsheet serial number: 46346 is 2026-11-20, the fraction the time of day.
    ['46346', at(2026, 11, 20)],
    ['46346.585417', at(2026, 11, 20, 14, 3)],
    // Straight after 日, and the 12-hour clock of a Chinese Windows (yyyy/m/d 上午/下午 h:mm) or WPS.
    ['2026年3月5日14:30', at(2026, 3, 5, 14, 30)],
    ['2026/3/5 下午 2:30', at(2026, 3, 5, 14, 30)],
    ['2026/3/5 下午2:30:15', at(2026, 3, 5, 14, 30, 15)],
    ['2026/3/5 上午 12:05', at(2026, 3, 5, 0, 5)],
    ['2026/3/5 下午 12:05', at(2026, 3, 5, 12, 5)],
    ['2026年3月5日 上午9时30分', at(2026, 3, 5, 9, 30)],
    ['2026/3/5 2:30 PM', at(2026, 3, 5, 14, 30)],
    ['2026-03-05 09:30 am', at(2026, 3, 5, 9, 30)],
    // With an offset from UTC (ISO 8601, PostgreSQL): moved to China's clock, UTC+8.
    ['2026-11-20T06:03:00Z', at(2026, 11, 20, 14, 3)],
    ['2026-11-20T06:03:00.000Z', at(2026, 11, 20, 14, 3)],
    ['2026-11-20T06:03Z', at(2026, 11, 20, 14, 3)],
    ['2026-11-20T14:03:00+08:00', at(2026, 11, 20, 14, 3)],
    ['2026-11-20 14:03:00+0800', at(2026, 11, 20, 14, 3)],
    ['2026-11-20 14:03:00+08', at(2026, 11, 20, 14, 3)],
    ['2026-11-20 14:03:00 +08:00', at(2026, 11, 20, 14, 3)],
    ['2026-11-20T01:03:05-05:00', at(2026, 11, 20, 14, 3, 5)],
    ['2026-11-30T20:00:00Z', at(2026, 12, 1, 4, 0)],
  ])('%s', (text, expected) => {
    expect(parseTime(text)).toBe(expected);
  });

  it.each([
    '待定',
    '2026-02-30',
    '2026-13-01',
    '2026/11/20 25:00',
    '2026/11/20 14',
    '11/20/2026',
    '2026-11',
    '12',
    '2026.5',
    '2026/11/20 14:03 下午',
    '2026/3/5 上午 0:30',
    '2026/3/5 下午',
    '2026/3/5下午2:30',
    '2026年3月5日午2:30',
    // A range, not a zone; offsets that are not one.
    '2026/11/20 09:00-10:30',
    '2026-11-20T14:03:00+8',
    '2026-11-20T14:03:00+08:0',
    '2026-11-20T14:03:00+15:00',
    '2026-11-20T14:03:00+08:00x',
    '2026-11-20Z',
    '2026/3/5 2:30 PM Z',
  ])('refuses %s', (text) => {
    expect(parseTime(text)).toBeUndefined();
  });

  it('reads an xlsx cell: a Date (the wall clock as UTC) or a serial number', () => {
    expect(timeOfCell(new Date(at(2026, 11, 20, 14, 3)))).toBe(at(2026, 11, 20, 14, 3));
    expect(timeOfCell(46346.5)).toBe(at(2026, 11, 20, 12));
    expect(timeOfCell('2026/11/20 14:03')).toBe(at(2026, 11, 20, 14, 3));
    expect(timeOfCell(true)).toBeUndefined();
  });

  it('counts months by arithmetic as the calendar does', () => {
    for (const [y, m, d] of [
      [2026, 1, 1],
      [2026, 1, 31],
      [2024, 2, 29],
      [2026, 12, 31],
      [2000, 3, 1],
      [1999, 12, 31],
    ] as const) {
      expect(monthLabel(monthIndex(at(y, m, d, 23, 59)))).toBe(`${y}-${String(m).padStart(2, '0')}`);
    }
  });
});
