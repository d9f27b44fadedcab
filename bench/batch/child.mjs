// Runs the built CLI in this process and, when it exits, writes this process's CPU time (user + system,
// every thread included: the driver, the batch workers, V8's compiler and GC threads) in milliseconds and
// its peak resident set size in KiB, as JSON, to the file named by PARALLIGN_BENCH_USAGE_FILE.
// CPU time is the figure to compare on a shared machine: wall time depends on what else runs.
// Usage: node bench/batch/child.mjs ARGS... (the same arguments as `parallign ARGS...`); the CLI is
// PARALLIGN_BENCH_CLI when set (another build), else this checkout's dist/cli.js.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = process.env.PARALLIGN_BENCH_CLI ?? fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const usageFile = process.env.PARALLIGN_BENCH_USAGE_FILE;
if (usageFile) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(usageFile, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKiB: usage.maxRSS }));
  });
}
process.argv = [process.argv[0], cli, ...process.argv.slice(2)];
await import(cli);
