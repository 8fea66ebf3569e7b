import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import type { Poster, TextAnswer } from '../../runtime/http-post.js';
import { createStateClient, type StateSystemError } from './state-client.js';
import { FAKE_STATE_URL } from './testing.js';
import { expectLog } from '../../test/logs.js';

// provoked on purpose by this file's tests: logged, not echoed (test/logs.ts)
expectLog('circuit');

const IIN = '850314301234';
const isRecord = (v: unknown): v is { iin: string; n: number } =>
  typeof (v as { iin?: unknown }).iin === 'string' && typeof (v as { n?: unknown }).n === 'number';
const client = (options: Parameters<typeof createStateClient>[0] extends infer O ? Partial<O> : never = {}) =>
  createStateClient({ system: 'test', baseUrl: FAKE_STATE_URL, isRecord, timeoutMs: 200, retries: 1, breakerFailures: 3, halfOpenAfterMs: 200, ...options });
const batch = () => nock(FAKE_STATE_URL).post('/api/v1/persons:batch');
/** A fake state system handed to the client as its poster (no nock, no network): answers in turn, every call recorded. */
function fakePoster(...answers: Array<Partial<TextAnswer>>): { post: Poster; calls: Array<{ url: string; body: string }> } {
  const calls: Array<{ url: string; body: string }> = [];
  const post: Poster = async (url, _headers, body) => {
    calls.push({ url, body });
    const answer = answers[Math.min(calls.length, answers.length) - 1]!;
    return { status: 200, statusText: 'OK', headers: {}, text: '{"records":[]}', ...answer };
  };
  return { post, calls };
}
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e as StateSystemError,
  );

describe('state-system client', () => {
  it("sends the gateway's request id to the state system, on every attempt, and no trace context while tracing is off", async () => {
    const headers: Array<Record<string, string>> = [];
    const post: Poster = async (_url, h) => {
      headers.push(h);
      return { status: headers.length === 1 ? 503 : 200, statusText: '', headers: {}, text: '{"records":[]}' };
    };
    await client({ post }).fetchBatch([IIN], Date.now() + 2000, 'req-42');
    expect(headers).toHaveLength(2);
    for (const h of headers) expect(h).toEqual({ 'content-type': 'application/json', accept: 'application/json', 'x-request-id': 'req-42' });
  });

  it('retries a 503 once and returns the second answer', async () => {
    batch().reply(503);
    batch().reply(200, { records: [{ iin: IIN, n: 1 }] });
    expect((await client().fetchBatch([IIN], Date.now() + 2000)).get(IIN)).toEqual({ iin: IIN, n: 1 });
  });

  it('retries a timeout once, within the deadline', async () => {
    batch().delay(500).reply(200, { records: [] });
    batch().reply(200, { records: [{ iin: IIN, n: 2 }] });
    expect((await client().fetchBatch([IIN], Date.now() + 1000)).get(IIN)).toEqual({ iin: IIN, n: 2 });
  });

  it('does not start an attempt the deadline leaves no room for', async () => {
    batch().delay(500).reply(200, { records: [] });
    const error = await failure(client({ timeoutMs: 1000 }).fetchBatch([IIN], Date.now() + 150));
    expect(error.code).toBe('STATE_SYSTEM_TIMEOUT');
    // one attempt only: had a second started, nock would have no interceptor left and say so
  });

  it('never retries a bad answer, and never attaches it to anyone', async () => {
    batch().reply(200, '{"records": [{"iin": "8503', { 'content-type': 'application/json' });
    expect((await failure(client().fetchBatch([IIN]))).code).toBe('STATE_SYSTEM_BAD_RESPONSE');
    batch().reply(200, { records: [{ iin: '870722404561', n: 3 }] });
    expect((await failure(client().fetchBatch([IIN]))).message).toContain('not asked for');
    batch().reply(200, { records: [{ iin: IIN, n: 'three' }] });
    expect((await failure(client().fetchBatch([IIN]))).message).toContain('shape');
    batch().reply(200, { rows: [] });
    expect((await failure(client().fetchBatch([IIN]))).code).toBe('STATE_SYSTEM_BAD_RESPONSE');
  });

  it('does not retry a 4xx', async () => {
    const { post, calls } = fakePoster(
      { status: 400, text: '{"error":"bad request"}' },
      { status: 200, text: JSON.stringify({ records: [{ iin: IIN, n: 1 }] }) },
    );
    const error = await failure(client({ post }).fetchBatch([IIN]));
    expect(error.code).toBe('STATE_SYSTEM_UNAVAILABLE');
    expect(error.message).toContain('HTTP 400');
    // one call: a retry would have been answered 200 and succeeded
    expect(calls).toEqual([{ url: `${FAKE_STATE_URL}/api/v1/persons:batch`, body: JSON.stringify({ iins: [IIN] }) }]);
  });

  it('retries a 503 through the injected poster: two calls, the second answer', async () => {
    const { post, calls } = fakePoster({ status: 503, text: '' }, { status: 200, text: JSON.stringify({ records: [{ iin: IIN, n: 5 }] }) });
    expect((await client({ post }).fetchBatch([IIN])).get(IIN)).toEqual({ iin: IIN, n: 5 });
    expect(calls).toHaveLength(2);
  });

  it('cuts off an answer past its size limit: a 50 MB answer is a bad answer, read no further than the limit', async () => {
    const MB = 1024 * 1024;
    let sent = 0;
    let closed!: () => void;
    const connectionClosed = new Promise<void>((resolve) => (closed = resolve));
    // A real state system on loopback streaming 50 MB of a valid-looking records list, slowly enough to see where the reader stopped.
    const server = createServer((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.on('close', closed);
      const chunk = Buffer.from(`{"iin":"${IIN}","n":1},`.repeat((64 * 1024) / 23));
      res.write('{"records":[');
      const pump = () => {
        while (sent < 50 * MB && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        if (!res.destroyed) res.end(`{"iin":"${IIN}","n":1}]}`);
      };
      pump();
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const heapBefore = process.memoryUsage().heapUsed;
      const error = await failure(client({ baseUrl: url, maxAnswerBytes: MB, timeoutMs: 10_000 }).fetchBatch([IIN], Date.now() + 10_000));
      expect(error.code).toBe('STATE_SYSTEM_BAD_RESPONSE');
      expect(error.message).toContain(`larger than ${MB} bytes`);
      await connectionClosed;
      // The server could hand over only the limit plus what socket buffers hold, never the 50 MB.
      expect(sent).toBeLessThan(16 * MB);
      expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(40 * MB);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('refuses an answer whose Content-Length is past the limit without reading it', async () => {
    const body = JSON.stringify({ records: [{ iin: IIN, n: 1 }], padding: 'x'.repeat(2000) });
    batch().reply(200, body, { 'content-length': String(body.length) });
    const error = await failure(client({ maxAnswerBytes: 1024, timeoutMs: 5000 }).fetchBatch([IIN], Date.now() + 5000));
    expect(error.code).toBe('STATE_SYSTEM_BAD_RESPONSE');
    expect(error.message).toContain('larger than 1024 bytes');
  });

  it('opens the circuit after repeated failures, fails fast, then probes and closes', async () => {
    const c = client({ retries: 0 });
    batch().times(3).reply(503);
    for (let i = 0; i < 3; i++) await failure(c.fetchBatch([IIN]));
    expect(c.circuit()).toBe('open');
    const fast = await failure(c.fetchBatch([IIN])); // no interceptor: it would fail loudly had it been sent
    expect(fast.message).toContain('circuit is open');
    await new Promise((r) => setTimeout(r, 250));
    batch().reply(200, { records: [{ iin: IIN, n: 4 }] });
    expect((await c.fetchBatch([IIN])).get(IIN)).toEqual({ iin: IIN, n: 4 });
    expect(c.circuit()).toBe('closed');
  });
});
