// The instructions a run executes, counted by valgrind's callgrind: unlike its time, the count
// hardly moves with what else the machine is doing, so a change of a few per cent in what a start
// costs shows in one run rather than in a hundred. Two runs of `node -e 0` agree to 0.2 per cent
// once one thing is left out: V8 picks a random hash seed at every start and searches for a prime
// near it (detail::sprp), which takes anywhere from 4 to 19 million instructions, at random. That
// search is taken off every count. Undefined when valgrind is not installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// callgrind_annotate answers --version with exit status 255: that it runs at all is the test.
const hasCallgrind = spawnSync('valgrind', ['--version']).status === 0 && spawnSync('callgrind_annotate', ['--version']).error === undefined;

/**
 * Millions of instructions `node …args` executes, the random hash-seed search left out; undefined
 * without valgrind. `stdout`: a descriptor opened for writing (a closed one the tool refuses).
 */
export function instructions(args, { cwd, env, stdout }) {
  if (!hasCallgrind) return undefined;
  const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-callgrind-'));
  try {
    const file = path.join(dir, 'callgrind.out');
    const run = spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${file}`, process.execPath, ...args], { cwd, env, encoding: 'utf8', stdio: ['ignore', stdout, 'pipe'] });
    if (run.status !== 0 && run.status !== 1) throw new Error(`valgrind ${args.join(' ')} exited ${run.status}: ${run.stderr.slice(-500)}`);
    const annotated = spawnSync('callgrind_annotate', ['--threshold=100', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
    const count = (pattern) => Number(pattern.exec(annotated)?.[1]?.replaceAll(',', '') ?? 0);
    const total = count(/^\s*([\d,]+)\s.*PROGRAM TOTALS/m);
    if (total === 0) throw new Error(`callgrind counted nothing for ${args.join(' ')}`);
    return (total - count(/^\s*([\d,]+)\s.*detail::sprp/m)) / 1e6;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
