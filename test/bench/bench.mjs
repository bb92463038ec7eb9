#!/usr/bin/env node
// npm run bench: speed and size, each as the median of several runs beside a baseline measured in
// the same run (`node -e 0`), so the figures compare across machines. Not part of the test suite:
// nothing here asserts a time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const bin = path.join(root, 'bin', 'gbt27922.cjs');
const runs = Number(process.env.BENCH_RUNS ?? 7);
const out = mkdtempSync(path.join(tmpdir(), 'gbt27922-bench-'));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function time(args) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, NO_COLOR: '1', GBT27922_FALLBACK_FONTS: '' }, stdio: ['ignore', 'ignore', 'pipe'] });
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    samples.push(elapsed);
  }
  return median(samples);
}

const rows = [];
const baseline = time(['-e', '0']);
const row = (what, ms, goal, extra = '') => rows.push({ what, 'median ms': ms.toFixed(0), 'x node -e 0': (ms / baseline).toFixed(2), goal, extra });
row('node -e 0 (baseline)', baseline, '');
row('gbt27922 --help', time([bin, '--help']), '<= 1.3x');
row('gbt27922 score (one example)', time([bin, 'score', 'examples/producer-4star.yaml']), '<= 1.6x');
for (const example of ['producer-4star', 'seller-compliant', 'producer-fails-deductions']) {
  for (const lang of ['zh', 'en']) {
    const file = path.join(out, `${example}.${lang}.pdf`);
    const ms = time([bin, 'report', `examples/${example}.yaml`, '-o', file, '--lang', lang]);
    row(`report ${example} (${lang})`, ms, '< 1000 ms, < 500 KB', `${(statSync(file).size / 1024).toFixed(0)} KB`);
  }
}
console.log(`node ${process.version}, ${runs} runs each, medians`);
console.table(rows);
