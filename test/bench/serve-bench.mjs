// The bench rows of `gbt27922 serve`: the page's own size against its budget, the time until the
// page is interactive, and the time from a click on an answer to the answer in the file. Run by
// `npm run bench`, or alone: node test/bench/serve-bench.mjs. Measures; asserts nothing.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const bin = path.join(root, 'bin', 'gbt27922.cjs');
/** The page's script, style and HTML together stay under this (ours, not a standard's). */
const PAGE_BUDGET_KB = 40;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export async function serveRows(runs = 15) {
  const rows = [];
  const files = ['page.js', 'page.css', 'index.html'].map((name) => readFileSync(path.join(root, 'templates', 'serve', name)));
  const script = files[0];
  const total = files.reduce((sum, bytes) => sum + bytes.length, 0);
  rows.push({
    what: 'serve: the page (page.js + page.css + index.html)',
    'median ms': '',
    ratio: '',
    goal: `<= ${PAGE_BUDGET_KB} KB`,
    extra: `${(total / 1024).toFixed(1)} KB (script ${(script.length / 1024).toFixed(1)} KB, ${(gzipSync(script).length / 1024).toFixed(1)} KB gzipped); no library`,
  });
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
  if (!chromium) {
    rows.push({ what: 'serve: click to disk', 'median ms': '', ratio: '', goal: '<= 100 ms', extra: 'not measured: no Chromium here' });
    return rows;
  }
  const { chromium: playwright } = await import(pathToFileURL(path.join(root, 'node_modules', 'playwright-core', 'index.mjs')).href);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-serve-bench-')), 'a.yaml');
  copyFileSync(path.join(root, 'examples', 'producer-4star.yaml'), file);
  const child = spawn(process.execPath, [bin, 'serve', file, '--no-open'], { env: { ...process.env, NO_COLOR: '1' } });
  const url = await new Promise((resolve) => child.stdout.on('data', (chunk) => /http:\/\/\S+/.test(String(chunk)) && resolve(/http:\/\/\S+/.exec(String(chunk))[0])));
  const browser = await playwright.launch({
    executablePath: chromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const ready = [];
    for (let i = 0; i < Math.min(runs, 7); i++) {
      const page = await browser.newPage();
      const start = performance.now();
      await page.goto(url);
      await page.waitForSelector('#score');
      ready.push(performance.now() - start);
      await page.close();
    }
    rows.push({ what: 'serve: page interactive (answers and score shown)', 'median ms': median(ready).toFixed(0), ratio: '', goal: '< 1000 ms', extra: `max ${Math.max(...ready).toFixed(0)} ms` });
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForSelector('#score');
    const toDisk = [];
    for (let i = 0; i < runs; i++) {
      const kind = i % 2 === 0 ? 'unmet' : 'met';
      const before = readFileSync(file, 'utf8');
      const start = performance.now();
      await page.evaluate((id) => document.getElementById(id).click(), `ind-culture_strategy-r-${kind}`);
      while (readFileSync(file, 'utf8') === before) {
        if (performance.now() - start > 5000) throw new Error('the answer did not reach the file');
      }
      toDisk.push(performance.now() - start);
      await page.waitForFunction(() => document.getElementById('status').textContent !== '' && !/…|\.\.\./.test(document.getElementById('status').textContent));
    }
    rows.push({
      what: 'serve: click on an answer to the file on disk',
      'median ms': median(toDisk).toFixed(0),
      ratio: '',
      goal: '<= 100 ms',
      extra: `max ${Math.max(...toDisk).toFixed(0)} ms over ${runs} clicks`,
    });
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.table(await serveRows(Number(process.env.BENCH_RUNS ?? 15)));
