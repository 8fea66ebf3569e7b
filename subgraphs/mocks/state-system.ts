/**
 * A mock state system: an HTTP service over the synthetic population, with the same JSON API
 * and the same control API for every system.
 *
 * Data API (each call counts as one data request):
 *   GET  /api/v1/persons/:iin            -> 200 record | 404 { error }
 *   POST /api/v1/persons:batch  { iins }  -> 200 { records: [record...], missing: [iin...] }
 *        (at most 1000 IINs a call; records carry their `iin`)
 *
 * Control API (never counted, never faulted):
 *   GET  /_mock/stats                     -> { system, requests, calls: [[iin...], ...], spans: [{ receivedAt, answeredAt }, ...],
 *                                              requestIds: [the x-request-id each data request carried, or null], faults }
 *   POST /_mock/reset                     -> zeroes the stats, clears faults and record overrides
 *   POST /_mock/faults { latencyMs, failRate, down }
 *                                         -> adds latency, fails that share of data requests with 503,
 *                                            or (down) answers every data request with 503
 *   PUT  /_mock/records/:iin  { ... }     -> replaces fields of a person's record (a correction made
 *                                            in the state system), until reset
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_BATCH_KEYS as MAX_BATCH } from '../../schema/state-api.js';
import { urlHost } from '../../runtime/url-host.js';
import { inServerSpan } from '../../runtime/tracing.js';
import { REQUEST_ID_HEADER } from '../../schema/caller.js';
import { getPopulation, type Citizen, type Population } from './population.js';

export interface Faults {
  latencyMs: number;
  failRate: number;
  down: boolean;
}

export interface MockStateSystemOptions<R extends { iin: string }> {
  /** The state system's name, as in its stats. */
  system: string;
  /** The record this state system keeps about a person, or undefined when it has none. */
  recordOf: (person: Citizen, population: Population) => R | undefined;
  population?: Population;
}

export interface MockStateSystem {
  readonly system: string;
  readonly server: Server;
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
  url(): string;
}

const NO_FAULTS: Faults = { latencyMs: 0, failRate: 0, down: false };

export function createMockStateSystem<R extends { iin: string }>(options: MockStateSystemOptions<R>): MockStateSystem {
  const population = options.population ?? getPopulation();
  const overrides = new Map<string, Partial<R>>();
  const records = new Map<string, R | undefined>();
  let faults: Faults = { ...NO_FAULTS };
  let requests = 0;
  let calls: string[][] = [];
  /** When each data request arrived and when it was answered (epoch ms): whether requests overlapped. */
  let spans: Array<{ receivedAt: number; answeredAt: number }> = [];
  /** The request id (x-request-id) each data request carried: the gateway's, passed on by the subgraph. */
  let requestIds: Array<string | null> = [];

  const lookup = (iin: string): R | undefined => {
    if (!records.has(iin)) {
      const person = population.byIin.get(iin);
      records.set(iin, person && options.recordOf(person, population));
    }
    const record = records.get(iin);
    const override = overrides.get(iin);
    return record && override ? { ...record, ...override } : record;
  };

  const json = (res: ServerResponse, status: number, body: unknown): void => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };

  const readJson = async (req: IncomingMessage): Promise<unknown> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    return text ? JSON.parse(text) : {};
  };

  /** A data request's answer, as of its arrival; the configured latency is spent before it is sent. */
  const answer = async (req: IncomingMessage, path: string): Promise<[number, unknown]> => {
    if (faults.down || (faults.failRate > 0 && Math.random() < faults.failRate)) return [503, { error: 'service unavailable' }];
    const single = /^\/api\/v1\/persons\/(\d{12})$/.exec(path);
    if (req.method === 'GET' && single) {
      calls.push([single[1]!]);
      const record = lookup(single[1]!);
      return record ? [200, record] : [404, { error: 'no record' }];
    }
    if (req.method === 'POST' && path === '/api/v1/persons:batch') {
      const body = (await readJson(req)) as { iins?: unknown };
      const iins = body.iins;
      if (!Array.isArray(iins) || iins.length > MAX_BATCH || !iins.every((i) => typeof i === 'string')) {
        return [400, { error: `iins must be an array of at most ${MAX_BATCH} strings` }];
      }
      calls.push(iins as string[]);
      const found: R[] = [];
      const missing: string[] = [];
      for (const iin of iins as string[]) {
        const record = lookup(iin);
        if (record) found.push(record);
        else missing.push(iin);
      }
      return [200, { records: found, missing }];
    }
    return [404, { error: 'no such endpoint' }];
  };

  const data = (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> =>
    // a span of the caller's trace (traceparent), when tracing is on
    inServerSpan(req.headers, `${req.method ?? 'GET'} ${path.replace(/\d{12}/, ':iin')}`, { 'dossier.state_system': options.system }, async (span) => {
      requests += 1;
      const requestId = req.headers[REQUEST_ID_HEADER];
      requestIds.push(typeof requestId === 'string' ? requestId : null);
      const receivedAt = Date.now();
      const latencyMs = faults.latencyMs;
      const [status, body] = await answer(req, path);
      if (latencyMs > 0) await new Promise((r) => setTimeout(r, latencyMs));
      span?.setAttribute('http.response.status_code', status);
      json(res, status, body);
      spans.push({ receivedAt, answeredAt: Date.now() });
    });

  const control = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (req.method === 'GET' && path === '/_mock/stats') {
      return json(res, 200, { system: options.system, requests, calls, spans, requestIds, faults });
    }
    if (req.method === 'POST' && path === '/_mock/reset') {
      requests = 0;
      calls = [];
      spans = [];
      requestIds = [];
      faults = { ...NO_FAULTS };
      overrides.clear();
      return json(res, 200, { ok: true });
    }
    if (req.method === 'POST' && path === '/_mock/faults') {
      const body = (await readJson(req)) as Partial<Faults>;
      const next = { ...faults, ...body };
      if (
        typeof next.latencyMs !== 'number' ||
        next.latencyMs < 0 ||
        typeof next.failRate !== 'number' ||
        next.failRate < 0 ||
        next.failRate > 1 ||
        typeof next.down !== 'boolean'
      ) {
        return json(res, 400, { error: 'faults are { latencyMs: n >= 0, failRate: 0..1, down: boolean }' });
      }
      faults = { latencyMs: next.latencyMs, failRate: next.failRate, down: next.down };
      return json(res, 200, { faults });
    }
    const record = /^\/_mock\/records\/(\d{12})$/.exec(path);
    if (req.method === 'PUT' && record) {
      const iin = record[1]!;
      if (!lookup(iin)) return json(res, 404, { error: 'no record' });
      overrides.set(iin, { ...overrides.get(iin), ...((await readJson(req)) as Partial<R>), iin } as Partial<R>);
      return json(res, 200, lookup(iin));
    }
    return json(res, 404, { error: 'no such endpoint' });
  };

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const handler = path.startsWith('/_mock/') ? control : data;
    handler(req, res, path).catch(() => {
      if (!res.headersSent) json(res, 400, { error: 'bad request' });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 30_000;

  /** Where the mock was told to listen: its URL names that address (a wildcard is reached on loopback). */
  let listenedOn = '127.0.0.1';
  const url = (): string => {
    const address = server.address() as AddressInfo | null;
    if (!address) throw new Error(`${options.system} mock is not listening`);
    return `http://${urlHost(listenedOn)}:${address.port}`;
  };

  return {
    system: options.system,
    server,
    url,
    listen: (port = 0, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        listenedOn = host;
        server.once('error', reject);
        server.listen(port, host, () => resolve(url()));
      }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
