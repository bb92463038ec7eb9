/**
 * Whether a process of this machine still runs: signal 0 checks without sending anything. EPERM
 * means it runs under another user; only a process that is gone (ESRCH) counts as not running.
 */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code === 'EPERM';
  }
}
