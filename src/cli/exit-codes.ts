/** What the process tells its caller; CI scripts depend on these, so they never change. */
export const ExitCode = {
  ok: 0,
  /** A file was scored but falls short of --min-level. */
  belowTarget: 1,
  /** Invalid input or usage: nothing was scored. */
  invalidInput: 2,
  /** A bug in the tool. */
  internalError: 3,
  /** The terminal was closed (SIGHUP); answers saved, lock released. */
  hangUp: 129,
  /** Ctrl-C. */
  interrupted: 130,
  /** Stopped by SIGTERM (kill, a shutdown); answers saved, lock released. */
  terminated: 143,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
