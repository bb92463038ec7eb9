/** Calendar arithmetic on YYYY-MM-DD dates, in UTC so no time zone moves a day. */

export function parseDate(text: string): Date {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Months later (negative: earlier); the 31st becomes the month's last day where there is none. */
export function addMonths(text: string, months: number): string {
  const date = parseDate(text);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return formatDate(target);
}

export function addDays(text: string, days: number): string {
  const date = parseDate(text);
  date.setUTCDate(date.getUTCDate() + days);
  return formatDate(date);
}

export function addOffset(text: string, offset: { months?: number; weeks?: number }): string {
  return addDays(addMonths(text, offset.months ?? 0), 7 * (offset.weeks ?? 0));
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((parseDate(b).getTime() - parseDate(a).getTime()) / 86_400_000);
}

/**
 * A date as people type it, or as a spreadsheet shows it: 2027-02-28, 2027/2/28, 2027.2.28,
 * 2027年2月28日, full-width digits (２０２７－０２－２８) too. YYYY-MM-DD, or undefined for anything
 * that is not a calendar day (2027-02-30).
 */
export function parseTypedDate(text: string): string | undefined {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.normalize('NFKC').trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0-99 as 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
