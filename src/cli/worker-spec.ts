/**
 * How the CLI starts one of its worker threads: the built file next to the bundle (dist/NAME.js), or, when
 * running from source (vitest, tsx), the TypeScript entry with tsx registered inside the worker.
 */
import { existsSync } from 'node:fs';
import { ParallignError } from '../index.js';

export interface WorkerSpec {
  script: string | URL;
  eval: boolean;
}

/** The worker entry `name` (batch-worker, align-worker): where to load it from, and whether as code. */
export function workerSpec(name: string): WorkerSpec {
  const built = new URL(`./${name}.js`, import.meta.url);
  if (existsSync(built)) return { script: built, eval: false };
  const source = new URL(`./${name}.ts`, import.meta.url);
  if (existsSync(source)) {
    // Worker cannot load .ts by itself and does not inherit the loader, so register tsx inside the worker
    // before importing the entry.
    const api = import.meta.resolve('tsx/esm/api');
    const code =
      `import(${JSON.stringify(api)})` +
      `.then((m) => { (m.register ?? m.default.register)(); return import(${JSON.stringify(source.href)}); });`;
    return { script: code, eval: true };
  }
  throw new ParallignError('NOT_FOUND', `${built.pathname}: ${name} missing (is the package built?)`);
}
