/**
 * Apollo Gateway's own messages go through our logger: its notice that the local supergraph
 * overrides "managed federation" (with an Apollo key in the environment) is an info line, not a
 * plain-text warning on the console.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { logSink } from '../runtime/log.js';
import type { AccessLog } from './access-log/store.js';
import { authConfigFromEnv } from './auth.js';
import { startGateway } from './server.js';

const accessLog: AccessLog = {
  record: async () => undefined,
  list: async () => ({ entries: [], endCursor: null, hasNextPage: false }),
  close: async () => undefined,
};
const VARIABLES = ['APOLLO_KEY', 'APOLLO_GRAPH_REF'] as const;

describe("Apollo Gateway's messages", () => {
  const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));
  afterEach(() => {
    vi.restoreAllMocks();
    for (const name of VARIABLES) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it('are log lines: the managed-federation notice an info line, nothing on the console', async () => {
    process.env.APOLLO_KEY = 'service:dossier:not-a-real-key';
    process.env.APOLLO_GRAPH_REF = 'dossier@current';
    const consoleCalls = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method));
    const lines: string[] = [];
    const write = logSink.write;
    logSink.write = (line) => {
      lines.push(line);
      write(line);
    };
    try {
      const served = await startGateway({ auth: await authConfigFromEnv(), accessLog, development: false, port: 0, host: '127.0.0.1' });
      await served.close();
    } finally {
      logSink.write = write;
    }
    const apollo = lines.map((l) => JSON.parse(l) as { level: string; component: string; event: string; message: string }).filter((l) => l.event === 'apollo');
    expect(apollo).toContainEqual(
      expect.objectContaining({
        level: 'info',
        component: 'apollo-gateway',
        message: expect.stringContaining('overriding a managed federation configuration'),
      }),
    );
    expect(apollo.filter((l) => l.level === 'warn' || l.level === 'error')).toEqual([]);
    for (const spy of consoleCalls) expect(spy).not.toHaveBeenCalled();
  });
});
