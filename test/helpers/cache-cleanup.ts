import { rmSync } from 'node:fs';

/** Vitest global setup: removes the run's compile cache folder (vitest.config.ts) when the run ends. */
export default function setup(): () => void {
  return () => {
    const dir = process.env.GBT27922_CACHE_DIR;
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
