import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 ships CommonJS (`main`) and ESM (`module`) builds without an exports map: Node
  // loads the CommonJS one everywhere, so must the tests, or Apollo's schema objects (CommonJS)
  // and ours would come from two copies of graphql ("from another module or realm").
  resolve: { alias: { graphql: createRequire(import.meta.url).resolve('graphql') } },
  test: {
    include: ['schema/**/*.test.ts', 'gateway/**/*.test.ts', 'runtime/**/*.test.ts', 'subgraphs/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts', 'deploy/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Pin the calendar so ages, validity and due dates do not drift with the day the suite runs.
    env: { TODAY: '2026-11-22', LOG_LEVEL: 'debug' },
    setupFiles: ['test/setup.ts'],
    globalSetup: ['test/global-setup.ts'],
  },
});
