/** The date on the user's calendar, not UTC's: an assessment made at 7 a.m. in Beijing is dated today. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The run's today, for judging plan items overdue and placing them on a timeline. Tests (and a
 * consultant preparing a report for a meeting) fix it with GBT27922_TODAY=YYYY-MM-DD.
 */
export function today(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const fixed = env.GBT27922_TODAY;
  return fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed) ? fixed : localDate(now);
}
