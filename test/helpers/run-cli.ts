import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(repoRoot, 'bin', 'gbt27922.cjs');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built binary as a user would, from the repository root unless told otherwise, with a
 * clean, colourless, Chinese-default environment so results do not depend on the machine.
 */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliRun {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env };
  // The launcher's code cache is per user, so worktrees of one machine share it and can be served
  // each other's code: a run that turned it off keeps it off, unless a test brings its own cache.
  if (process.env.GBT27922_NO_COMPILE_CACHE && !options.env?.XDG_CACHE_HOME) env.GBT27922_NO_COMPILE_CACHE ??= process.env.GBT27922_NO_COMPILE_CACHE;
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    env,
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: 20_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
