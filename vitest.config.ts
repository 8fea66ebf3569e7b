import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['schema/**/*.test.ts', 'gateway/**/*.test.ts', 'subgraphs/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Pin the calendar so ages, validity and due dates do not drift with the day the suite runs.
    env: { TODAY: '2026-11-22', LOG_LEVEL: 'warn' },
    setupFiles: ['test/setup.ts'],
  },
});
