/** The landing page (Apollo Sandbox, development only) is configured to send nothing to Apollo. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from '../runtime/http.js';
import type { AccessLog } from './access-log/store.js';
import { authConfigFromEnv } from './auth.js';
import { startGateway } from './server.js';

const accessLog: AccessLog = {
  record: async () => undefined,
  list: async () => ({ entries: [], endCursor: null, hasNextPage: false }),
  close: async () => undefined,
};
const page = async (url: string) => (await fetch(url, { headers: { accept: 'text/html' } })).text();

/** The configuration the page hands to the embedded Sandbox script. */
function sandboxConfig(html: string): Record<string, unknown> {
  const json = /var embeddedSandboxConfig = (\{.*\});/.exec(html)?.[1];
  expect(json, 'the page embeds Sandbox').toBeDefined();
  return JSON.parse(json!) as Record<string, unknown>;
}

describe('the landing page in development', () => {
  let served: Served;
  beforeAll(async () => {
    served = await startGateway({ auth: await authConfigFromEnv(), accessLog, development: true, port: 0, host: '127.0.0.1' });
  });
  afterAll(() => served?.close());

  it('embeds Apollo Sandbox with its telemetry off', async () => {
    const html = await page(served.url);
    expect(sandboxConfig(html)).toMatchObject({ runTelemetry: false });
    expect(html).not.toContain('"runTelemetry":true');
  });
});

describe('the landing page in production', () => {
  it('is not served at all', async () => {
    const served = await startGateway({ auth: await authConfigFromEnv(), accessLog, development: false, port: 0, host: '127.0.0.1' });
    try {
      expect(await page(served.url)).not.toContain('embeddedSandboxConfig');
    } finally {
      await served.close();
    }
  });
});
