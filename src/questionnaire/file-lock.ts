import { isProcessRunning } from '../source/process-running.js';
import { writeFailure } from '../source/write-file-atomic.js';
import { readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { error, UserError } from '../model/diagnostic.js';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/**
 * One questionnaire per file at a time: a second one would silently overwrite the first one's
 * answers. The lock is a file beside the assessment naming its owner; a lock whose process is gone
 * (a crash, a killed terminal) is stale and taken over.
 */
export function acquireLock(file: string): () => void {
  const lockFile = `${file}.lock`;
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      writeFileSync(lockFile, JSON.stringify(me), { flag: 'wx' });
      const release = () => {
        try {
          const owner = JSON.parse(readFileSync(lockFile, 'utf8')) as LockOwner;
          if (owner.pid === me.pid && owner.host === me.host) unlinkSync(lockFile);
        } catch {
          // already gone: nothing to release
        }
      };
      process.once('exit', release);
      return release;
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new UserError([writeFailure(cause, file)]);
      const content = readContent(lockFile);
      const owner = parseOwner(content);
      if (owner && isAlive(owner)) {
        throw new UserError([error('FILE_LOCKED', { pid: owner.pid, host: owner.host, since: localTime(owner.since), lock: lockFile }, { file })]);
      }
      // An empty lock may be one being written this instant: give its owner a moment.
      if (!owner && isYoung(lockFile)) {
        sleep(100);
        continue;
      }
      // Stale: its owner is gone. Removed only if it is still the lock judged stale, so a lock
      // another questionnaire has just taken over is never removed by a late-comer.
      if (readContent(lockFile) === content) rmSync(lockFile, { force: true });
    }
  }
  throw new UserError([error('FILE_LOCKED', { pid: '?', host: '?', since: '?', lock: lockFile }, { file })]);
}

function readContent(lockFile: string): string | undefined {
  try {
    return readFileSync(lockFile, 'utf8');
  } catch {
    return undefined;
  }
}

function parseOwner(content: string | undefined): LockOwner | undefined {
  try {
    return content ? (JSON.parse(content) as LockOwner) : undefined;
  } catch {
    return undefined; // unreadable: stale once it is no longer young
  }
}

function isYoung(lockFile: string): boolean {
  try {
    return Date.now() - statSync(lockFile).mtimeMs < 2000;
  } catch {
    return false;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Only a process on this machine can be checked; a lock from another host is respected. */
function isAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  return isProcessRunning(owner.pid);
}

/** When the lock was taken, on the reader's clock (the lock stores UTC so any machine can read it). */
export function localTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}
