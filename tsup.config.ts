import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM first, CJS for require() users on older setups; types for both.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'neutral',
  },
  {
    // The command: ESM only, with a shebang.
    entry: { cli: 'src/cli/main.ts', 'batch-worker': 'src/cli/batch-worker.ts', 'align-worker': 'src/cli/align-worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
