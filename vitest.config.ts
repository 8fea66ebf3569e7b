import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/**
 * The fast tier (`npm run test:unit`): unit tests beside the code that start no server, database
 * or Redis and walk no whole population; seconds. Everything else is the `integration` project.
 * `npm test` runs both.
 */
const UNIT = [
  'schema/**/*.test.ts',
  'gateway/dossier-changes/store.test.ts',
  'gateway/limits.test.ts',
  'gateway/mask.test.ts',
  'gateway/merging-post.test.ts',
  'gateway/operation-memo.test.ts',
  'gateway/scopes.test.ts',
  'gateway/subgraph-source.test.ts',
  'runtime/config.test.ts',
  'runtime/log.test.ts',
  'bot/mask.test.ts',
  'subgraphs/*/formats.test.ts',
  'subgraphs/e-kyzmet/calendar.test.ts',
  'subgraphs/kit/changes.test.ts',
  'subgraphs/kit/memory-bounds.test.ts',
  'web/src/**/*.test.ts',
  'test/watches.test.ts',
];
const ALL = [
  'schema/**/*.test.ts',
  'gateway/**/*.test.ts',
  'runtime/**/*.test.ts',
  'subgraphs/**/*.test.ts',
  'test/**/*.test.ts',
  'bench/**/*.test.ts',
  'deploy/**/*.test.ts',
  'bot/**/*.test.ts',
  'web/**/*.test.ts',
];

export default defineConfig({
  // graphql 16 ships CommonJS (`main`) and ESM (`module`) builds without an exports map: Node
  // loads the CommonJS one everywhere, so must the tests, or Apollo's schema objects (CommonJS)
  // and ours would come from two copies of graphql ("from another module or realm").
  resolve: { alias: { graphql: createRequire(import.meta.url).resolve('graphql') } },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT } },
      { extends: true, test: { name: 'integration', include: ALL, exclude: UNIT } },
    ],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Pin the calendar so ages, validity and due dates do not drift with the day the suite runs.
    // METRICS_PORT 0: every process a test starts serves its metrics on a free port, never a fixed one another holds
    env: { TODAY: '2026-11-22', LOG_LEVEL: 'debug', METRICS_PORT: '0' },
    setupFiles: ['test/setup.ts'],
    globalSetup: ['test/global-setup.ts'],
  },
});
