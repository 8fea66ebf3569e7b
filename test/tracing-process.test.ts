/**
 * The gateway as production runs it (gateway/index.ts, a process of its own) starts tracing from
 * OTEL_EXPORTER_OTLP_ENDPOINT and OTEL_SERVICE_NAME, and sends what is still buffered when it stops
 * (SIGTERM). The collector here is a local sink that keeps what it is sent.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayProcess, stop } from './processes.js';

const received: Array<{ url?: string; body: string }> = [];
let sink: Server;
let endpoint: string;

beforeAll(async () => {
  sink = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ url: req.url, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(sink.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => sink.close(() => resolve())));

describe('the gateway process with OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  it('exports its requests’ spans under OTEL_SERVICE_NAME, flushed when it stops', { timeout: 120_000 }, async () => {
    const { child, url } = await startGatewayProcess({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: 'gateway-under-test' });
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ me { iin } }"}' });
      const requestId = response.headers.get('x-request-id');
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    } finally {
      await stop(child, 'SIGTERM');
    }
    expect(received.length).toBeGreaterThan(0);
    expect(received.every((r) => r.url === '/v1/traces')).toBe(true);
    const bodies = received.map((r) => r.body).join('\n');
    expect(bodies).toContain('gateway-under-test');
    expect(bodies).toContain('POST /graphql');
  });
});
