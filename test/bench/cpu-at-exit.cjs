// Preloaded into the startup rows' runs (node -r): the run's own CPU time (user + system, all its
// threads) in microseconds' resolution, written as it exits, where GNU time counts hundredths.
process.once('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\nGBT27922_BENCH_CPU_MS ${((user + system) / 1000).toFixed(2)}\n`);
});
