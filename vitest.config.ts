import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Every binary the tests start keeps its compiled code in a folder of this run, never in the
// developer's own cache (which other checkouts share and which could hold another build's code).
const cacheDir = mkdtempSync(path.join(tmpdir(), 'gbt27922-test-cache-'));
process.env.GBT27922_CACHE_DIR = cacheDir;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    env: { GBT27922_CACHE_DIR: cacheDir },
    globalSetup: ['test/helpers/cache-cleanup.ts'],
  },
});
