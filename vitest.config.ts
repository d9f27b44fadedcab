import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // The CLI suites build dist/ in beforeAll when it is missing (`npx vitest run` without `npm run build`):
    // tsup with type declarations takes over 10 s, the default, on a loaded machine.
    hookTimeout: 120_000,
  },
});
