/**
 * How the command fails: one line on stderr and an exit code, never a stack trace unless the user asks
 * for it with PARALLIGN_DEBUG=1. `ParallignError`s (bad usage, unreadable input) exit 2; anything else
 * is a bug in parallign and exits 1.
 */
import { ParallignError } from '../index.js';

/** Where failures are written; a parameter so tests can capture it. */
export interface FailureSink {
  write(text: string): unknown;
}

/** V8's RangeErrors when a string or buffer would exceed its limits. */
const MEMORY_LIMIT_MESSAGES = /Invalid string length|Array buffer allocation failed|Invalid typed array length/;

/**
 * A `ParallignError`, also when it comes from another copy of the class (the batch worker is bundled
 * on its own), where `instanceof` fails.
 */
function isParallignError(error: unknown): error is ParallignError {
  return error instanceof ParallignError || (error instanceof Error && error.name === 'ParallignError' && typeof (error as { code?: unknown }).code === 'string');
}

/** Keeps a message on one line: control characters from file names or input become visible escapes. */
export function oneLine(message: string): string {
  return message.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** Turns anything thrown into one stderr line and an exit code. */
export function reportFailure(error: unknown, stderr: FailureSink = process.stderr, env: Record<string, string | undefined> = process.env): number {
  if (isParallignError(error)) {
    stderr.write(`parallign: ${oneLine(error.message)}\n`);
    return 2;
  }
  const debug = env.PARALLIGN_DEBUG === '1';
  let message = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError && MEMORY_LIMIT_MESSAGES.test(message)) {
    message = `the input is too large to process in memory (${message}); split it, or lower --max-size to refuse such inputs`;
  }
  const hint = debug ? '' : ' (set PARALLIGN_DEBUG=1 for details)';
  stderr.write(`parallign: internal error: ${oneLine(message)}${hint}\n`);
  if (debug && error instanceof Error && error.stack) stderr.write(error.stack + '\n');
  return 1;
}
