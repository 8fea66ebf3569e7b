/**
 * OpenTelemetry traces across the three tiers, in one process: the gateway, every subgraph and
 * every mock state system over HTTP, the SDK started with an in-memory exporter. A whole dossier
 * is ONE trace: the gateway's operation span → a fetch span per subgraph request → each
 * subgraph's server span → its cache read → its state-system call → the state system's own span;
 * and the access-log write. No span says anything about who.
 */
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { SpanKind } from '@opentelemetry/api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { logSink } from '../runtime/log.js';
import { startTracing, type Tracing } from '../runtime/tracing.js';
import { checkIin } from '../schema/iin.js';
import { startSystem, type RunningSystem } from '../scripts/system.js';
import { MemoryCache } from '../subgraphs/kit/cache.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { TEST_RESILIENCE } from '../subgraphs/kit/testing.js';
import { until } from './processes.js';
import { operation } from './operations.js';
import { tokenFor } from './helpers.js';

const exporter = new InMemorySpanExporter();
let tracing: Tracing | undefined;
let system: RunningSystem;
const cache = new MemoryCache();

beforeAll(async () => {
  tracing = await startTracing('dossier-test', { processor: new SimpleSpanProcessor(exporter) });
  system = await startSystem({ population: generatePopulation({ size: 2000 }), cache, resilience: TEST_RESILIENCE });
});
afterAll(async () => {
  await system?.close();
  await tracing?.shutdown();
});
beforeEach(() => {
  cache.clear();
  exporter.reset();
});

const DEMO_NAMES = ['Ахметов', 'Ахметова', 'Серик', 'Айгерим', 'Нурлан', 'Абая'];

async function wholeDossier(): Promise<{ requestId: string | null; body: { data?: unknown; errors?: unknown } }> {
  const response = await fetch(system.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(DEMO.user)}`, 'apollographql-client-name': 'portal' },
    body: JSON.stringify({ query: operation('WholeDossier') }),
  });
  return { requestId: response.headers.get('x-request-id'), body: (await response.json()) as { data?: unknown; errors?: unknown } };
}

/** The finished spans of the trace whose root is the gateway's WholeDossier span, once it has ended. */
async function dossierTrace(): Promise<{ root: ReadableSpan; spans: ReadableSpan[] }> {
  const isRoot = (s: ReadableSpan) => s.kind === SpanKind.SERVER && s.attributes['dossier.component'] === 'gateway' && s.name === 'query WholeDossier';
  await until(async () => exporter.getFinishedSpans().some(isRoot), 'the gateway operation span', 5_000);
  const root = exporter.getFinishedSpans().find(isRoot)!;
  return { root, spans: exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === root.spanContext().traceId) };
}

const parentOf = (span: ReadableSpan): string | undefined => span.parentSpanContext?.spanId;

/** Whether `span` is under `ancestor` in the trace. */
function under(spans: ReadableSpan[], span: ReadableSpan, ancestor: ReadableSpan): boolean {
  const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
  for (let at = parentOf(span); at !== undefined; at = parentOf(byId.get(at)!)) {
    if (at === ancestor.spanContext().spanId) return true;
    if (!byId.has(at)) return false;
  }
  return false;
}

describe('a whole dossier is one trace across gateway, subgraphs and state systems', () => {
  it('has the operation, a fetch per subgraph request, each subgraph, its cache read, its state-system call and the access-log write', async () => {
    const lines: string[] = [];
    const write = logSink.write;
    logSink.write = (line) => {
      lines.push(line);
      write(line);
    };
    const { body, requestId } = await wholeDossier().finally(() => {
      logSink.write = write;
    });
    expect(body.errors).toBeUndefined();
    const { root, spans } = await dossierTrace();
    // the gateway's request line names the trace
    const line = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.event === 'request' && l.requestId === requestId);
    expect(line?.traceId).toBe(root.spanContext().traceId);
    expect(root.parentSpanContext).toBeUndefined();
    expect(root.attributes).toMatchObject({ 'graphql.operation.name': 'WholeDossier', 'graphql.operation.type': 'query' });

    const subgraphs = system.subgraphs.map((s) => s.name);
    expect(subgraphs).toHaveLength(9);
    for (const name of subgraphs) {
      // the plan's fetch of this subgraph, from the gateway (and the gateway's look-up of the caller's wards, `fetch civil-registry wards`)
      const fetches = spans.filter((s) => (s.name === `fetch ${name}` || s.name === `fetch ${name} wards`) && s.kind === SpanKind.CLIENT);
      expect(fetches.length, `fetch ${name}`).toBeGreaterThanOrEqual(1);
      for (const f of fetches) expect(under(spans, f, root), `fetch ${name} under the operation`).toBe(true);
      // the subgraph's server span: a child of a fetch span, over HTTP (traceparent)
      const served = spans.filter((s) => s.kind === SpanKind.SERVER && s.attributes['dossier.component'] === name);
      expect(served.length, `${name} served`).toBeGreaterThanOrEqual(1);
      for (const s of served)
        expect(
          fetches.map((f) => f.spanContext().spanId),
          `${name} served under a fetch`,
        ).toContain(parentOf(s));
      // in it, the cache read and the state-system call (cold cache: every section is asked for)
      const reads = spans.filter((s) => s.name === 'cache.read' && served.some((srv) => under(spans, s, srv)));
      expect(reads.length, `${name} cache read`).toBeGreaterThanOrEqual(1);
      const calls = spans.filter((s) => s.name === `state-system ${name}` && s.kind === SpanKind.CLIENT);
      expect(calls.length, `${name} state-system call`).toBeGreaterThanOrEqual(1);
      for (const c of calls)
        expect(
          served.some((srv) => under(spans, c, srv)),
          `${name} call under its subgraph`,
        ).toBe(true);
      // and the state system's own span, its child over HTTP
      const system = spans.filter((s) => s.kind === SpanKind.SERVER && s.attributes['dossier.state_system'] === name);
      expect(system.length, `${name} state system`).toBeGreaterThanOrEqual(1);
      for (const s of system) expect(calls.map((c) => c.spanContext().spanId)).toContain(parentOf(s));
    }
    // one fetch span per subgraph request: as many subgraph server spans as fetches (the wards look-up included)
    const fetchSpans = spans.filter((s) => s.kind === SpanKind.CLIENT && s.name.startsWith('fetch '));
    const subgraphSpans = spans.filter((s) => s.kind === SpanKind.SERVER && subgraphs.includes(String(s.attributes['dossier.component']) as never));
    expect(subgraphSpans).toHaveLength(fetchSpans.length);

    const record = spans.find((s) => s.name === 'access_log.record');
    expect(record && under(spans, record, root)).toBe(true);
    const insert = spans.find((s) => s.name === 'INSERT access_log');
    expect(insert && under(spans, insert, root)).toBe(true);
    expect(insert!.links.map((l) => l.context.spanId)).toContain(record!.spanContext().spanId);
  });

  it('puts no IIN, name or address in any span', async () => {
    await wholeDossier();
    await dossierTrace();
    const spans = exporter.getFinishedSpans();
    expect(spans.length).toBeGreaterThan(30);
    const family = Object.values(DEMO) as string[];
    for (const span of spans) {
      const text = JSON.stringify({
        name: span.name,
        attributes: span.attributes,
        events: span.events,
        status: span.status,
        resource: span.resource.attributes,
      });
      for (const iin of family) expect(text, span.name).not.toContain(iin);
      for (const name of DEMO_NAMES) expect(text, span.name).not.toContain(name);
      expect(
        (text.match(/\d{12}/g) ?? []).filter((d) => checkIin(d).ok),
        span.name,
      ).toEqual([]);
    }
  });

  it('writes an IIN a client put in its operation name as the pseudonym', async () => {
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(DEMO.user)}` },
      body: JSON.stringify({ query: `query Q${DEMO.wife} { me { iin } }` }),
    });
    expect(response.status).toBe(200);
    await until(async () => exporter.getFinishedSpans().some((s) => s.attributes['dossier.component'] === 'gateway'), 'the gateway span', 5_000);
    const text = JSON.stringify(exporter.getFinishedSpans().map((s) => [s.name, s.attributes]));
    expect(text).toContain('graphql.operation.name');
    expect(text).not.toContain(DEMO.wife);
  });
});
