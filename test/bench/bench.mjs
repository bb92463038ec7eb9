#!/usr/bin/env node
// npm run bench: speed and size, each time the median of several runs beside a baseline measured
// in the same run (`node -e 0`, or the same harness around a trivial program), so the figures
// compare across machines. Not part of the test suite: nothing here asserts a time.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { instructions } from './instructions.mjs';
import { serveRows } from './serve-bench.mjs';

// Output is discarded through a write-only /dev/null: a closed (or read-write "ignore") standard
// output is refused by the tool (OUTPUT_CLOSED).
const discard = openSync(process.platform === 'win32' ? 'NUL' : '/dev/null', 'w');
const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const bin = path.join(root, 'bin', 'gbt27922.cjs');
const runs = Number(process.env.BENCH_RUNS ?? 7);
const out = mkdtempSync(path.join(tmpdir(), 'gbt27922-bench-'));
// The compiled-code cache is part of how the tool starts, so it stays on, in a folder of this run's
// own (the per-user one may hold another checkout's code); the first of each command's runs fills it.
const env = { ...process.env, NO_COLOR: '1', GBT27922_FALLBACK_FONTS: '', GBT27922_CACHE_DIR: process.env.GBT27922_CACHE_DIR ?? path.join(out, 'cache') };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** One run of node with `args`: its wall time in ms and its standard error; a failure stops the bench. */
function runOnce(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', stdio: ['ignore', discard, 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { ms, stderr: result.stderr };
}

function time(args, count = runs) {
  return median(Array.from({ length: count }, () => runOnce(args).ms));
}

/**
 * CPU seconds (user + system) a run takes, the median of `count`: on a machine shared with other
 * work the wall time mostly measures the wait for a core, the CPU time what the run itself costs.
 * Undefined without GNU time.
 */
const hasGnuTime = spawnSync('/usr/bin/time', ['-f', '%U', 'true']).status === 0;
function cpu(args, count = runs) {
  if (!hasGnuTime) return undefined;
  const samples = [];
  for (let i = 0; i < count; i++) {
    const result = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', discard, 'pipe'] });
    const [user, system] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
    samples.push((user + system) * 1000);
  }
  return median(samples);
}

/**
 * The bench's own tmux server, started before the clock and kept running between sessions: on the
 * shared default server a session could start just as another program's server was exiting
 * ("server exited unexpectedly"), and the row was lost.
 */
const tmuxSocket = `gbt27922-bench-${process.pid}`;
const tmux = (args, options = {}) => spawnSync('tmux', ['-L', tmuxSocket, ...args], { encoding: 'utf8', ...options });
function startTmuxServer() {
  const started = tmux(['-f', '/dev/null', 'start-server', ';', 'set-option', '-g', 'exit-empty', 'off']);
  if (started.status !== 0) throw new Error(`tmux would not start: ${started.stderr.trim()}`);
  process.once('exit', () => tmux(['kill-server']));
}

/** Time until `text` (a string or a pattern) is on the screen of a real terminal (tmux), polled every 5 ms. */
function timeToScreen(command, text, count = runs) {
  const shown = typeof text === 'string' ? (screen) => screen.includes(text) : (screen) => text.test(screen);
  const samples = [];
  for (let i = 0; i < count; i++) {
    const name = `bench-${process.pid}-${i}`;
    const start = process.hrtime.bigint();
    const session = tmux(['new-session', '-d', '-s', name, '-x', '100', '-y', '30', command]);
    if (session.status !== 0) throw new Error(`tmux new-session failed: ${session.stderr.trim()}`);
    for (;;) {
      const screen = tmux(['capture-pane', '-p', '-t', name]).stdout ?? '';
      if (shown(screen)) break;
      if (Number(process.hrtime.bigint() - start) > 20e9) throw new Error(`no "${text}" on screen`);
      spawnSync('sleep', ['0.005']);
    }
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    tmux(['kill-session', '-t', name]);
  }
  return median(samples);
}

const rows = [];
const row = (what, ms, baseline, goal, extra = '') => rows.push({ what, 'median ms': ms.toFixed(0), ratio: baseline ? `${(ms / baseline).toFixed(2)}x` : '', goal, extra });

// `npm run bench -- --records`: only the service-records rows.
if (process.argv.includes('--records')) {
  await recordsBench();
  console.table(rows);
  process.exit(0);
}

/**
 * The startup rows: `node -e 0` and each command run in turn, round after round, so that a change
 * in the load of this shared machine moves them alike (seven runs of each one after the other gave
 * --help anywhere from 1.13x to 1.37x on one afternoon). Wall time and the run's own CPU time
 * (read by the run as it exits: cpu-at-exit.cjs), medians of the rounds.
 */
function interleaved(cases, rounds) {
  const probe = path.join(root, 'test', 'bench', 'cpu-at-exit.cjs');
  const wall = cases.map(() => []);
  const cpu = cases.map(() => []);
  for (let round = 0; round < rounds; round++) {
    cases.forEach((args, index) => {
      const { ms, stderr } = runOnce(['-r', probe, ...args]);
      wall[index].push(ms);
      cpu[index].push(Number(/GBT27922_BENCH_CPU_MS (\S+)/.exec(stderr)?.[1]));
    });
  }
  return cases.map((_, index) => ({ wall: median(wall[index]), cpu: median(cpu[index]) }));
}

const startupRounds = Number(process.env.BENCH_STARTUP_RUNS ?? 21);
const scoreOne = [bin, 'score', 'examples/producer-4star.yaml'];
const [nodeStart, help, score] = interleaved([['-e', '0'], [bin, '--help'], scoreOne], startupRounds);
const baseline = nodeStart.wall;
const startupCpu = (measured) => `CPU ${measured.cpu.toFixed(0)} ms, ${(measured.cpu / nodeStart.cpu).toFixed(2)}x node -e 0's ${nodeStart.cpu.toFixed(0)} ms; ${startupRounds} interleaved rounds`;
row('node -e 0 (baseline)', baseline, baseline, '', `CPU ${nodeStart.cpu.toFixed(0)} ms`);
row('gbt27922 --help', help.wall, baseline, '<= 1.3x', startupCpu(help));
row('gbt27922 score (one example)', score.wall, baseline, '<= 1.6x', startupCpu(score));
// The same starts counted in instructions (instructions.mjs), where valgrind is installed: what a
// change to the launcher or the bundles moves by a few per cent, which the times above blur.
const nodeInstructions = instructions(['-e', '0'], { cwd: root, env, stdout: discard });
if (nodeInstructions === undefined) rows.push({ what: 'instructions (callgrind)', 'median ms': '', ratio: '', goal: '', extra: 'not measured: valgrind is not installed' });
else {
  const counted = (what, args) => {
    const millions = instructions(args, { cwd: root, env, stdout: discard });
    rows.push({
      what: `${what}: instructions`,
      'median ms': '',
      ratio: `${(millions / nodeInstructions).toFixed(3)}x`,
      goal: '',
      extra: `${millions.toFixed(1)} M, node -e 0 ${nodeInstructions.toFixed(1)} M (callgrind, one run each)`,
    });
  };
  counted('gbt27922 --help', [bin, '--help']);
  counted('gbt27922 score (one example)', scoreOne);
}
// CPU time beside the wall time of the slower rows: on a machine busy with other work it moves less.
const cpuBaseline = cpu(['-e', '0']);
const cpuRatio = (args) => {
  const ms = cpu(args);
  return ms === undefined || !cpuBaseline ? '' : `CPU ${ms.toFixed(0)} ms, ${(ms / cpuBaseline).toFixed(1)}x node -e 0's ${cpuBaseline.toFixed(0)} ms`;
};

// Whatever the walk asks first (today the company type, once the name): the first line that is a
// prompt ("? " without colour), so the figure survives changes to the order of the questions. A
// bench that cannot measure it (no tmux, a terminal that will not start) says why and goes on.
try {
  if (spawnSync('tmux', ['-V']).status !== 0) throw new Error('tmux is not installed');
  startTmuxServer();
  const file = path.join(out, 'first-prompt.yaml');
  const screenBaseline = timeToScreen(`${process.execPath} -e "console.log('ready'); setTimeout(() => {}, 10000)"`, 'ready');
  const prompt = timeToScreen(`rm -f ${file}; NO_COLOR=1 GBT27922_CACHE_DIR='${env.GBT27922_CACHE_DIR}' ${process.execPath} ${bin} assess -o ${file}`, /^\? \S/m);
  row('questionnaire: first prompt on screen', prompt, screenBaseline, '<= 2.5x', 'baseline: node printing in tmux');
} catch (cause) {
  rows.push({ what: 'questionnaire: first prompt on screen', 'median ms': '', ratio: '', goal: '<= 2.5x', extra: `not measured: ${cause.message}` });
}

// `npm run bench -- --startup`: only the rows above (the ones a change to the launcher or the
// bundles moves), in a minute.
if (process.argv.includes('--startup')) finish();

for (const example of ['producer-4star', 'seller-compliant', 'producer-fails-deductions']) {
  for (const lang of ['zh', 'en']) {
    const file = path.join(out, `${example}.${lang}.pdf`);
    const ms = time([bin, 'report', `examples/${example}.yaml`, '-o', file, '--lang', lang], Math.min(runs, 5));
    row(`report ${example} (${lang})`, ms, baseline, '< 1000 ms, < 500 KB', `${(statSync(file).size / 1024).toFixed(0)} KB`);
  }
}

// A consultancy's batch: 1,000 assessment files scored in one run, JSON Lines to a file.
const batch = path.join(out, 'batch');
mkdirSync(batch);
const examples = readdirSync(path.join(root, 'examples')).filter((name) => name.endsWith('.yaml'));
for (let i = 0; i < 1000; i++) copyFileSync(path.join(root, 'examples', examples[i % examples.length]), path.join(batch, `client-${String(i).padStart(4, '0')}.yaml`));
const batchRuns = Math.min(runs, 3);
const batchArgs = [bin, 'score', '--format', 'jsonl', batch];
const batchCpu = cpu(batchArgs, batchRuns);
row('score 1,000 files (--format jsonl)', time(batchArgs, batchRuns), baseline, '< 2000 ms', batchCpu === undefined ? '' : `CPU ${batchCpu.toFixed(0)} ms over all threads`);
const rss = (count) => {
  const dir = path.join(out, `rss-${count}`);
  mkdirSync(dir);
  for (let i = 0; i < count; i++) copyFileSync(path.join(batch, `client-${String(i).padStart(4, '0')}.yaml`), path.join(dir, `${i}.yaml`));
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, 'score', '--format', 'jsonl', dir], { env, encoding: 'utf8', stdio: ['ignore', discard, 'pipe'] });
  return Number(result.stderr.trim().split('\n').pop());
};
if (spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0) {
  const small = rss(100);
  const large = rss(1000);
  rows.push({
    what: 'peak memory, 100 -> 1,000 files',
    'median ms': '',
    ratio: `${(large / small).toFixed(2)}x`,
    goal: 'flat',
    extra: `${(small / 1024).toFixed(0)} MB -> ${(large / 1024).toFixed(0)} MB`,
  });
}

// The consultant's work (issue 15): the 自评表 round trip for one assessment, a folder of 40
// clients' reports (in parallel, and on one thread to show what the threads win), and the
// portfolio summary of the 1,000 files above.
const sheetDir = path.join(out, 'sheet');
mkdirSync(sheetDir);
copyFileSync(path.join(root, 'examples', 'producer-4star.yaml'), path.join(sheetDir, 'a.yaml'));
const workbook = path.join(sheetDir, 'a.xlsx');
const exportArgs = [bin, 'export', path.join(sheetDir, 'a.yaml'), '-o', workbook];
const importArgs = [bin, 'import', workbook, '-o', path.join(sheetDir, 'a.yaml')];
row('export one assessment to xlsx', time(exportArgs), baseline, '< 1000 ms', cpuRatio(exportArgs));
row('import that xlsx (unchanged)', time(importArgs), baseline, '< 1000 ms', cpuRatio(importArgs));
const forty = path.join(out, 'forty');
mkdirSync(forty);
for (let i = 0; i < 40; i++) copyFileSync(path.join(root, 'examples', examples[i % examples.length]), path.join(forty, `client-${String(i).padStart(2, '0')}.yaml`));
const single = time([bin, 'report', 'examples/producer-4star.yaml', '-o', path.join(out, 'one.pdf')], Math.min(runs, 3));
const parallel = time([bin, 'report', forty, '-o', path.join(out, 'forty-reports')], 1);
const oneThread = time([bin, 'report', forty, '-o', path.join(out, 'forty-reports-1'), '--jobs', '1'], 1);
row('40 reports, report DIR -o reports/', parallel, baseline, 'reported', `${(parallel / single).toFixed(1)}x one report; --jobs 1: ${(oneThread / 1000).toFixed(1)} s`);
const jsonl = time([bin, 'score', '--format', 'jsonl', batch], batchRuns);
const summary = time([bin, 'score', '--summary', '--format', 'csv', batch], batchRuns);
row('summary of 1,000 files (--summary --format csv)', summary, baseline, 'reported', `${(summary / jsonl).toFixed(2)}x score --format jsonl of the same files`);

// Service records (issue 16): a large appliance maker's year of work orders. The exports are made
// here by the seeded generator (never committed): 1,000,000 rows of GBK CSV and 100,000 rows of
// xlsx, with the messiness of real ones. The baseline is `wc -l` reading the same file.
async function recordsBench() {
  const { writeRecordsCsv, writeRecordsXlsx } = await import('../helpers/records-generator.mjs');
  const dir = path.join(out, 'records');
  mkdirSync(dir);
  const csv = path.join(dir, 'orders-1m-gbk.csv');
  const xlsx = path.join(dir, 'orders-100k.xlsx');
  await writeRecordsCsv(csv, { rows: 1_000_000, seed: 2026 }, 'gbk');
  await writeRecordsXlsx(xlsx, { rows: 100_000, seed: 2027 });
  const mapping = path.join(dir, 'mapping.yaml');
  const assessment = path.join(dir, 'a.yaml');
  execFileSync(process.execPath, [bin, 'records', csv, '--init-mapping', '-o', mapping], { env, stdio: 'ignore' });
  execFileSync(process.execPath, [bin, 'init', '--type', 'producer', '-o', assessment, '--company', 'bench'], { env, stdio: 'ignore' });
  appendFileSync(assessment, 'commitments:\n  responseHours: 2\n  onSiteHours: 24\n  complaintDays: 7\n');
  const count = Math.min(runs, 3);
  const command = (file) => [bin, 'records', file, '--mapping', mapping, '--assessment', assessment, '--format', 'json'];
  // Peak memory, and the CPU time (user + system): on a shared machine the wall time counts the
  // other programs' turns too, the CPU time only this one's.
  const peak = (args) => {
    const result = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, ...args], { env, encoding: 'utf8', stdio: ['ignore', discard, 'pipe'] });
    const [kb, user, system] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
    return { mb: kb / 1024, cpu: user + system };
  };
  const hasTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;
  for (const [file, what, goal] of [
    [csv, 'records: 1,000,000-row GBK CSV (KPIs + samples)', '< 5000 ms, < 300 MB'],
    [xlsx, 'records: 100,000-row xlsx (KPIs + samples)', '< 10000 ms'],
  ]) {
    const wc = timeCommand('wc', ['-l', file], count);
    const ms = time(command(file), count);
    const used = hasTime ? peak(command(file)) : undefined;
    const mb = used ? `${used.mb.toFixed(0)} MB peak, ${used.cpu.toFixed(1)} s CPU, ` : '';
    row(what, ms, wc, goal, `${mb}baseline wc -l ${wc.toFixed(0)} ms, ${(statSync(file).size / 1048576).toFixed(0)} MB file`);
  }
}

function timeCommand(command, args, count) {
  const samples = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    spawnSync(command, args, { stdio: ['ignore', discard, 'ignore'] });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

await recordsBench();

// The browser page of `serve`: its size budget, time to interactive, click to disk.
rows.push(...(await serveRows()));

// The installed footprint: the packed tarball installed into an empty folder.
const app = path.join(out, 'app');
mkdirSync(app);
const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out], { cwd: root, encoding: 'utf8' }))[0];
execFileSync('npm', ['init', '-y'], { cwd: app, stdio: 'ignore' });
execFileSync('npm', ['install', '--no-audit', '--no-fund', path.join(out, packed.filename)], { cwd: app, stdio: 'ignore' });
const kb = (dir) => Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]);
rows.push({ what: 'package: tarball / unpacked', 'median ms': '', ratio: '', goal: '', extra: `${(packed.size / 1048576).toFixed(1)} MB / ${(packed.unpackedSize / 1048576).toFixed(1)} MB` });
rows.push({
  what: 'installed footprint (package + dependencies)',
  'median ms': '',
  ratio: '',
  goal: 'as small as the font allows',
  extra: `${(kb(path.join(app, 'node_modules')) / 1024).toFixed(1)} MB`,
});

finish();

function finish() {
  console.log(
    `node ${process.version}, ${runs} runs each (the startup rows ${startupRounds} interleaved rounds; fewer for the slow ones), medians; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores${process.env.GBT27922_NO_COMPILE_CACHE ? '; compile cache OFF (GBT27922_NO_COMPILE_CACHE)' : ''}`,
  );
  console.table(rows);
  process.exit(0);
}
