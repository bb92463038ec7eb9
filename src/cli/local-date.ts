/** The date on the user's calendar, not UTC's: an assessment made at 7 a.m. in Beijing is dated today. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
