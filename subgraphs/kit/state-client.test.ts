import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { createStateClient, StateSystemError } from './state-client.js';
import { FAKE_STATE_URL } from './testing.js';
import { expectLog } from '../../test/logs.js';

// provoked on purpose by this file's tests: logged, not echoed (test/logs.ts)
expectLog('circuit');

const IIN = '850314301234';
const isRecord = (v: unknown): v is { iin: string; n: number } => typeof (v as { iin?: unknown }).iin === 'string' && typeof (v as { n?: unknown }).n === 'number';
const client = (options: Parameters<typeof createStateClient>[0] extends infer O ? Partial<O> : never = {}) =>
  createStateClient({ system: 'test', baseUrl: FAKE_STATE_URL, isRecord, timeoutMs: 200, retries: 1, breakerFailures: 3, halfOpenAfterMs: 200, ...options });
const batch = () => nock(FAKE_STATE_URL).post('/api/v1/persons:batch');
const failure = (promise: Promise<unknown>) => promise.then(() => { throw new Error('expected a failure'); }, (e: unknown) => e as StateSystemError);

describe('state-system client', () => {
  it('retries a 503 once and returns the second answer', async () => {
    batch().reply(503);
    batch().reply(200, { records: [{ iin: IIN, n: 1 }] });
    expect((await client().fetchBatch([IIN])).get(IIN)).toEqual({ iin: IIN, n: 1 });
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
    batch().reply(400, { error: 'bad request' });
    expect((await failure(client().fetchBatch([IIN]))).code).toBe('STATE_SYSTEM_UNAVAILABLE');
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
