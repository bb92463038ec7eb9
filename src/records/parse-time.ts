/**
 * A date and time as work-order exports write it, to milliseconds of the wall-clock time held as
 * UTC (records carry no zone; China keeps one and no summer time, so differences are exact):
 * 2026/11/20 14:03, 2026-11-20 14:03:00, 2026年11月20日 14时03分, 2026.11.20, 20261120, a date alone
 * (midnight), full-width digits, and spreadsheet serial numbers (46346.585 is 2026-11-20 14:02:24).
 * A time with an offset, as systems that store UTC export it (2026-11-20T06:03:00Z, …+08:00,
 * …+0800), is moved to China's clock (UTC+8), the clock of the zoneless times beside it.
 * Hand-written over character codes: a million-row export has five of these a row.
 */

const DAY = 86_400_000;
/** China Standard Time, UTC+8 all year: the clock a time with an offset is moved to. */
const CHINA_OFFSET_MINUTES = 8 * 60;
// Day 0 of the 1900 date system as spreadsheets count it (Lotus's leap-year bug included from day 61 on).
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
/** Serial numbers from 1950 to 2100: a bare number outside is not a date. */
const SERIAL_MIN = 18264;
const SERIAL_MAX = 73051;

/** Milliseconds, or undefined when the text is not a date this reads. Empty text is the caller's business. */
export function parseTime(raw: string): number | undefined {
  const time = scan(raw);
  // Full-width digits (２０２６年) are folded only when the text did not read as it is.
  return time === undefined && hasFullWidth(raw) ? scan(raw.normalize('NFKC')) : time;
}

function scan(text: string): number | undefined {
  // Written out with local variables and no helper closures: this runs five million times for a
  // million-row export, and the plain loops are several times faster than a tidier scanner.
  let at = 0;
  let end = text.length;
  while (at < end && text.charCodeAt(at) <= 32) at++;
  while (end > at && text.charCodeAt(end - 1) <= 32) end--;
  if (at === end) return undefined;
  const begin = at;
  let year = 0;
  let c = 0;
  while (at < end && (c = text.charCodeAt(at)) >= 48 && c <= 57) {
    year = year * 10 + c - 48;
    at++;
  }
  const yearDigits = at - begin;
  if (yearDigits === 0) return undefined;
  if (at === end || text.charCodeAt(at) === 46 /* . */) {
    const whole = text.slice(begin, end);
    // A bare number: yyyymmdd, or a serial number with the time as its fraction.
    if (yearDigits === 8 && at === end) return civil(Math.floor(year / 10000), Math.floor(year / 100) % 100, year % 100, 0, 0, 0);
    if (yearDigits !== 4 || at === end) return serial(whole);
    if (/^\d+\.\d+$/.test(whole) && !/^\d{4}\.\d{1,2}\.\d/.test(whole)) return serial(whole);
  }
  if (yearDigits !== 4 || !separator(text.charCodeAt(at))) return undefined;
  at++;
  while (at < end && text.charCodeAt(at) === 32) at++;
  let from = at;
  let month = 0;
  while (at < end && (c = text.charCodeAt(at)) >= 48 && c <= 57) {
    month = month * 10 + c - 48;
    at++;
  }
  if (at === from || !separator(text.charCodeAt(at))) return undefined;
  at++;
  while (at < end && text.charCodeAt(at) === 32) at++;
  from = at;
  let day = 0;
  while (at < end && (c = text.charCodeAt(at)) >= 48 && c <= 57) {
    day = day * 10 + c - 48;
    at++;
  }
  if (at === from) return undefined;
  let dayMark = false;
  if (at < end && text.charCodeAt(at) === 0x65e5 /* 日 */) {
    at++;
    dayMark = true;
  }
  if (at === end) return civil(year, month, day, 0, 0, 0);
  // The time: hours, minutes and optional seconds, after a space or a T (or straight after 日:
  // 2026年3月5日14:30), with 上午/下午 or AM/PM before or after it as Chinese Windows writes it.
  from = at;
  while (at < end && ((c = text.charCodeAt(at)) === 32 || c === 84 || c === 9)) at++;
  if (at === from && !dayMark) return undefined;
  let meridiem = meridiemAt(text, at, end);
  if (meridiem !== 0) {
    at += 2;
    while (at < end && text.charCodeAt(at) === 32) at++;
  }
  let hour = 0;
  let minute = 0;
  let second = 0;
  let part = 0;
  for (;;) {
    from = at;
    let value = 0;
    while (at < end && (c = text.charCodeAt(at)) >= 48 && c <= 57) {
      value = value * 10 + c - 48;
      at++;
    }
    if (at === from) return undefined;
    if (part === 0) hour = value;
    else if (part === 1) minute = value;
    else second = value;
    if (at === end) break;
    c = text.charCodeAt(at);
    if (part === 2) {
      // Fractions of a second are dropped; 秒 may close the time.
      if (c === 46) {
        at++;
        while (at < end && (c = text.charCodeAt(at)) >= 48 && c <= 57) at++;
      }
      if (at < end && text.charCodeAt(at) === 0x79d2) at++;
      break;
    }
    if (c === 32 && part >= 1) break; // 2:30 PM
    if (part === 1 && (c === 90 || c === 122)) break; // 14:03Z
    if (!timeSeparator(c)) return undefined;
    at++;
    part++;
    if (at === end) break;
  }
  if (part === 0) return undefined;
  if (meridiem === 0 && at < end && text.charCodeAt(at) === 32) {
    while (at < end && text.charCodeAt(at) === 32) at++;
    meridiem = meridiemAt(text, at, end);
    if (meridiem !== 0) at += 2;
  }
  if (meridiem !== 0) {
    // 12-hour clock: 上午12:30 is 00:30, 下午12:30 is 12:30, 下午2:30 is 14:30; 下午14:30 is not a time.
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 2 ? 12 : 0);
  }
  let offset = CHINA_OFFSET_MINUTES;
  if (meridiem === 0 && at < end) {
    offset = zoneOffset(text, at, end, part === 2);
    if (Number.isNaN(offset)) return undefined;
    at = end;
  }
  if (at !== end || hour > 23 || minute > 59 || second > 59) return undefined;
  const wall = civil(year, month, day, hour, minute, second);
  return wall === undefined ? undefined : wall + (CHINA_OFFSET_MINUTES - offset) * 60_000;
}

/**
 * The offset from UTC, in minutes, that ends the text at `at` (spaces before it allowed): Z, or a
 * sign with hours and optional minutes (+08:00, +0800, +08, -05:30); NaN for anything else. A sign
 * is read only after seconds (`afterSeconds`): 09:00-10:30 and 09:00 -10:30 are time ranges.
 */
function zoneOffset(text: string, at: number, end: number, afterSeconds: boolean): number {
  while (at < end && text.charCodeAt(at) === 32) at++;
  const sign = text.charCodeAt(at);
  if ((sign === 90 || sign === 122) && at + 1 === end) return 0;
  if ((sign !== 43 && sign !== 45) || !afterSeconds) return Number.NaN;
  const digits = text.slice(at + 1, end).replace(':', '');
  if (!/^\d{2}(\d{2})?$/.test(digits) || (text.slice(at + 1, end).includes(':') && digits.length !== 4)) return Number.NaN;
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length === 4 ? Number(digits.slice(2)) : 0;
  if (hours > 14 || minutes > 59) return Number.NaN;
  return (sign === 45 ? -1 : 1) * (hours * 60 + minutes);
}

/** 1 for 上午 or AM, 2 for 下午 or PM (two characters at `at`), else 0. */
function meridiemAt(text: string, at: number, end: number): 0 | 1 | 2 {
  if (at + 2 > end) return 0;
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  if (second === 0x5348 /* 午 */) return first === 0x4e0a /* 上 */ ? 1 : first === 0x4e0b /* 下 */ ? 2 : 0;
  if (second === 77 || second === 109 /* M m */) return first === 65 || first === 97 ? 1 : first === 80 || first === 112 ? 2 : 0;
  return 0;
}

/** - / . 年 月 between the parts of a date. */
function separator(c: number): boolean {
  return c === 45 || c === 47 || c === 46 || c === 0x5e74 || c === 0x6708;
}

/** : 时 点 between hours, minutes and seconds. */
function timeSeparator(c: number): boolean {
  return c === 58 || c === 0x65f6 || c === 0x70b9 || c === 0x5206;
}

function hasFullWidth(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) return true;
  }
  return false;
}

function civil(year: number, month: number, day: number, hour: number, minute: number, second: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return undefined;
  // 2026-02-30 would roll over into March: refused instead.
  if (day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day) * DAY + ((hour * 60 + minute) * 60 + second) * 1000;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), without a Date object. */
function daysFromCivil(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** A spreadsheet serial number, to the nearest second (the fraction of a minute is float noise). */
function serial(text: string): number | undefined {
  const value = Number(text);
  if (!Number.isFinite(value) || value < SERIAL_MIN || value > SERIAL_MAX) return undefined;
  return SERIAL_EPOCH + Math.round(value * 86_400) * 1000;
}

/** A time read from an xlsx cell: exceljs gives a Date (the wall clock as UTC) or a serial number. */
export function timeOfCell(cell: unknown): number | undefined {
  if (cell instanceof Date) {
    const ms = cell.getTime();
    return Number.isNaN(ms) ? undefined : Math.round(ms / 1000) * 1000;
  }
  if (typeof cell === 'number') return serial(String(cell));
  if (typeof cell === 'string') return parseTime(cell);
  return undefined;
}

/**
 * The month of a time as one number (year × 12 + month − 1), by arithmetic (H. Hinnant's
 * civil_from_days): records come in any order, and this runs twice for each of a million.
 */
export function monthIndex(ms: number): number {
  const z = Math.floor(ms / DAY) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}

/** YYYY-MM of a month index. */
export function monthLabel(index: number): string {
  const month = (index % 12) + 1;
  return `${Math.floor(index / 12)}-${month < 10 ? '0' : ''}${month}`;
}

/** YYYY-MM of a time. */
export function monthOf(ms: number): string {
  return monthLabel(monthIndex(ms));
}

export const HOUR = 3_600_000;
export { DAY };
