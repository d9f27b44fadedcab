// Runs the built CLI in this process and, when it exits, writes this process's peak resident set size
// (getrusage ru_maxrss, in KiB, every thread included) to the file named by PARALLIGN_BENCH_RSS_FILE.
// Usage: node bench/scale/child.mjs ARGS... (the same arguments as `parallign ARGS...`).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const rssFile = process.env.PARALLIGN_BENCH_RSS_FILE;
if (rssFile) {
  process.on('exit', () => writeFileSync(rssFile, String(process.resourceUsage().maxRSS)));
}
process.argv = [process.argv[0], cli, ...process.argv.slice(2)];
await import(cli);
