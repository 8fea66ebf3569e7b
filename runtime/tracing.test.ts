/**
 * Tracing is off unless OTEL_EXPORTER_OTLP_ENDPOINT is set: no SDK, no span recorded, no header
 * added, nothing sent. With it, spans go to that endpoint over OTLP/HTTP (`/v1/traces`). The
 * endpoint here is a local sink that keeps what it is sent.
 */
import { context, trace } from '@opentelemetry/api';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectTraceContext, inSpan, startTracing, tracesUrl, tracingConfigFromEnv, tracingOn } from './tracing.js';

const received: Array<{ method?: string; url?: string; body: string }> = [];
let sink: Server;
let endpoint: string;

beforeAll(async () => {
  sink = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ method: req.method, url: req.url, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(sink.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => sink.close(() => resolve())));

describe('without OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  it('starts nothing: no span is recorded, no traceparent is sent, nothing is exported', async () => {
    expect(tracingConfigFromEnv('dossier-gateway', {})).toBeUndefined();
    expect(await startTracing('dossier-gateway', { env: { OTEL_SERVICE_NAME: 'x' } })).toBeUndefined();
    expect(tracingOn()).toBe(false);
    // the global API is still the no-op one: a span made through it records nothing
    expect(trace.getTracer('any').startSpan('any').isRecording()).toBe(false);
    let given: unknown = 'not called';
    const headers: Record<string, string> = {};
    await inSpan('work', {}, async (span) => {
      given = span;
      injectTraceContext(headers);
      expect(trace.getActiveSpan()).toBeUndefined();
    });
    expect(given).toBeUndefined();
    expect(headers).toEqual({});
    await new Promise((r) => setTimeout(r, 100));
    expect(received).toEqual([]);
  });
});

describe('with OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  it('exports spans over OTLP/HTTP to <endpoint>/v1/traces, with the service name, and sends traceparent', async () => {
    expect(tracesUrl(`${endpoint}/`)).toBe(`${endpoint}/v1/traces`);
    const tracing = await startTracing('dossier-gateway', { env: { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: 'dossier-test-gateway' } });
    expect(tracing).toBeDefined();
    try {
      expect(tracingOn()).toBe(true);
      const headers: Record<string, string> = {};
      await inSpan('work', {}, async (span) => {
        expect(span?.isRecording()).toBe(true);
        injectTraceContext(headers);
      });
      expect(headers.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
      await tracing!.forceFlush();
      expect(received.map((r) => [r.method, r.url])).toEqual([['POST', '/v1/traces']]);
      expect(received[0]!.body).toContain('dossier-test-gateway');
      expect(received[0]!.body).toContain('"work"');
      expect(received[0]!.body).toContain(headers.traceparent!.split('-')[1]);
    } finally {
      await tracing!.shutdown();
    }
    expect(tracingOn()).toBe(false);
    expect(context.active()).toBeDefined();
  });

  it('refuses an endpoint that is not an http(s) URL, naming the variable', () => {
    expect(() => tracingConfigFromEnv('x', { OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
  });
});
