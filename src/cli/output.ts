import { fstatSync, readFileSync, readlinkSync, type Stats, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ColorLevel } from '../report/color-level.js';

export type { ColorLevel };

const require = createRequire(import.meta.filename);

/** Where a command writes; tests pass their own to capture it. */
export interface Output {
  stdout(text: string): void;
  /** Resolves when standard output has room again, so a long batch never piles up in memory. */
  drain?(): Promise<void>;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** The terminal's width when standard output is one: text is folded to it. */
  stdoutColumns?: number;
  /** The terminal's width when standard error is one: diagnostics are folded to it (never in a log). */
  stderrColumns?: number;
}

/** The colour depth of each stream, decided once per run (by main) and handed to whoever writes. */
export interface ColorLevels {
  stdout: ColorLevel;
  stderr: ColorLevel;
}

/**
 * The colour depth of both streams: none with NO_COLOR (any non-empty value, as no-color.org asks)
 * or --no-color, none on a pipe or a dumb terminal unless FORCE_COLOR says otherwise, and the depth
 * the terminal announces. Decided here rather than by chalk's detection so that `--help` and the
 * error path do not load chalk at all.
 */
export function colorLevels(output: Output, allowed: boolean, env: NodeJS.ProcessEnv = process.env): ColorLevels {
  return { stdout: colorLevelFor(output, allowed, 'stdout', env), stderr: colorLevelFor(output, allowed, 'stderr', env) };
}

function colorLevelFor(output: Output, allowed: boolean, stream: 'stdout' | 'stderr', env: NodeJS.ProcessEnv): ColorLevel {
  if (!allowed || (env.NO_COLOR ?? '') !== '') return 0;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined && forced !== '') {
    if (forced === '0' || forced === 'false') return 0;
    const level = Number(forced);
    return level >= 1 && level <= 3 ? (level as 1 | 2 | 3) : 1;
  }
  const isTTY = stream === 'stdout' ? output.stdoutIsTTY : output.stderrIsTTY;
  if (!isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (/256/.test(env.TERM ?? '')) return 2;
  return 1;
}

/**
 * Whether standard output was closed (`score f.yaml >&-`). Node then opens /dev/null in its place,
 * read-write, so writes vanish and the run would end 0 having shown nothing. A shell's `>/dev/null`
 * opens it write-only, which is kept as the deliberate choice it is. Only Linux shows the open mode
 * (/proc); elsewhere this says false.
 */
export function stdoutClosed(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    // With standard error discarded too (a parent's stdio: 'ignore'), only the exit code is wanted.
    if (readlinkSync('/proc/self/fd/1') !== '/dev/null' || readlinkSync('/proc/self/fd/2') === '/dev/null') return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'));
    return flags !== null && (parseInt(flags[1]!, 8) & 3) === 2;
  } catch {
    return false;
  }
}

/** Set when standard output or error failed for a reason other than a reader going away. */
let writeFailed = false;

export function outputFailed(): boolean {
  return writeFailed;
}

export function processOutput(): Output {
  // A reader that goes away (`| head`) is not an error of ours: stop writing to it, quietly, and
  // still finish with the exit code the work earned (a failure must never end as 0).
  const closed = new Set<NodeJS.WriteStream>();
  const watch = (stream: NodeJS.WriteStream) => {
    stream.on('error', (cause: NodeJS.ErrnoException) => {
      closed.add(stream);
      if (cause.code === 'EPIPE') return;
      // Output that could not be written (a full disk) is a failure, never a success or a crash.
      if (stream === process.stdout) process.stderr.write(`gbt27922: cannot write the output (${cause.code ?? cause.message})\n`);
      process.exitCode = 2;
      writeFailed = true;
    });
    return stream;
  };
  watch(process.stdout);
  // Standard error is made when first written: most runs never write to it, and Node's stream for
  // a pipe (a CI log, a parent process) loads its socket machinery, ~2-4 ms of every start.
  let stderr: NodeJS.WriteStream | undefined;
  const standardError = () => (stderr ??= watch(process.stderr));
  const write = (stream: NodeJS.WriteStream, text: string) => {
    if (!closed.has(stream)) stream.write(text);
  };
  const stderrIsTTY = isTerminal(2);
  return {
    stdout: (text) => write(process.stdout, text),
    drain: () => {
      const stream = process.stdout;
      if (!stream.writableNeedDrain || closed.has(stream)) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const done = () => {
          for (const event of ['drain', 'close', 'error']) stream.off(event, done);
          resolve();
        };
        for (const event of ['drain', 'close', 'error']) stream.once(event, done);
      });
    },
    stderr: (text) => write(standardError(), text),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdoutColumns: outputColumns(process.stdout, process.env),
    stderrIsTTY,
    ...(stderrIsTTY && standardError().columns ? { stderrColumns: standardError().columns } : {}),
  };
}

/**
 * Whether a file descriptor is a terminal, asked without making its stream. On macOS and Linux only
 * a character device can be one (a pipe, a file or a socket never is), and the one met most,
 * /dev/null (`2>/dev/null`, a parent's 'ignore'), is known by its device number; only another
 * character device loads node:tty (~1.5 ms with the network modules it brings) to be asked. On
 * Windows, where what a console's handle reports as its type is libuv's to decide, node:tty is
 * asked straight away.
 */
export function isTerminal(fd: number): boolean {
  if (process.platform !== 'win32') {
    let info: Stats;
    try {
      info = fstatSync(fd);
    } catch {
      return false;
    }
    if (!info.isCharacterDevice() || info.rdev === nullDevice()) return false;
  }
  return (require('node:tty') as typeof import('node:tty')).isatty(fd);
}

/** /dev/null's device number; undefined where it cannot be looked at (node:tty is asked then). */
function nullDevice(): number | undefined {
  try {
    return statSync('/dev/null').rdev;
  } catch {
    return undefined;
  }
}

/**
 * The width terminal output is folded to: the terminal's own; for a pipe or a log, COLUMNS when
 * it holds a usable width, else 80, the width logs and CI viewers are read at.
 */
export function outputColumns(stdout: { isTTY?: boolean; columns?: number }, env: Record<string, string | undefined>): number {
  if (stdout.isTTY && stdout.columns) return stdout.columns;
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns >= 40 && columns <= 1000 ? columns : 80;
}
