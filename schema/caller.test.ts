import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CALLER_CONTEXT_LIFETIME_SECONDS, callerKey, CallerVerifier, signCaller, type Caller } from './caller.js';

const key = callerKey(randomBytes(32));
const caller: Caller = { iin: '850314301234', login: 'EDS', requestId: 'r-1', client: 'portal', wards: ['210510607895'] };

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: { extensions?: { code?: string } }) => error.extensions?.code,
  );

describe('caller contexts in a subgraph', () => {
  afterEach(() => vi.useRealTimers());

  it('verifies a context once and then knows it, with each request its own id', async () => {
    const verifier = new CallerVerifier(key);
    const token = await signCaller(caller, key);
    await expect(verifier.verify(token, 'r-1')).resolves.toEqual(caller);
    expect(verifier.size).toBe(1);
    await expect(verifier.verify(token, 'r-2')).resolves.toEqual({ ...caller, requestId: 'r-2' });
    await expect(verifier.verify(token, 'not a request id!')).resolves.toMatchObject({ requestId: 'unknown' });
    expect(verifier.size).toBe(1);
    await verifier.verify(await signCaller({ ...caller, iin: '870722404561', wards: [] }, key), 'r-3');
    expect(verifier.size).toBe(2);
  });

  it('refuses missing, forged, tampered and unexpiring contexts, and remembers none of them', async () => {
    const verifier = new CallerVerifier(key);
    const token = await signCaller(caller, key);
    const [header, , signature] = token.split('.');
    const tampered = `${header}.${Buffer.from(JSON.stringify({ sub: '870722404561', login: 'EDS', wards: [] })).toString('base64url')}.${signature}`;
    const forged = await signCaller(caller, callerKey(randomBytes(32)));
    const forever = await new SignJWT({ login: 'EDS', client: 'portal', wards: [] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(caller.iin)
      .setIssuer('dossier-gateway')
      .setAudience('dossier-subgraphs')
      .sign(key);
    for (const bad of [undefined, '', 'not.a.token', tampered, forged, forever]) {
      expect(await codeOf(verifier.verify(bad, 'r-1'))).toBe('UNAUTHENTICATED');
    }
    expect(verifier.size).toBe(0);
  });

  it('refuses a remembered context once it has expired', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-22T10:00:00Z'), toFake: ['Date'] });
    const verifier = new CallerVerifier(key);
    const token = await signCaller(caller, key);
    await expect(verifier.verify(token, 'r-1')).resolves.toEqual(caller);
    vi.setSystemTime(Date.now() + (CALLER_CONTEXT_LIFETIME_SECONDS - 1) * 1000);
    await expect(verifier.verify(token, 'r-1')).resolves.toEqual(caller);
    vi.setSystemTime(Date.now() + 2000);
    expect(await codeOf(verifier.verify(token, 'r-1'))).toBe('UNAUTHENTICATED');
    expect(verifier.size).toBe(0);
  });

  it('keeps at most its capacity, forgetting the oldest first', async () => {
    const verifier = new CallerVerifier(key, 2);
    const tokens = await Promise.all(['r-1', 'r-2', 'r-3'].map((client) => signCaller({ ...caller, client }, key)));
    for (const token of tokens) await verifier.verify(token, 'r');
    expect(verifier.size).toBe(2);
    // the oldest was forgotten: verifying it again is a new entry, still within capacity
    await expect(verifier.verify(tokens[0], 'r')).resolves.toMatchObject({ client: 'r-1' });
    expect(verifier.size).toBe(2);
  });
});
