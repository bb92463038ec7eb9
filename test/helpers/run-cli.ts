import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(repoRoot, 'bin', 'gbt27922.cjs');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The compile cache folder of this test run (vitest.config.ts), so no run uses the developer's own. */
export function testCache(): Record<string, string> {
  const dir = process.env.GBT27922_CACHE_DIR;
  if (!dir) throw new Error('GBT27922_CACHE_DIR is not set: run the tests through vitest (vitest.config.ts sets it)');
  return { GBT27922_CACHE_DIR: dir };
}

/**
 * Runs the built binary as a user would, from the repository root unless told otherwise, with a
 * clean, colourless, Chinese-default environment so results do not depend on the machine.
 */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliRun {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...testCache(), ...options.env };
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
