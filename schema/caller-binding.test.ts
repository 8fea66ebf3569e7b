import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BINDING_WINDOW_MS, CallerBinding } from './caller-binding.js';
import { callerKey, signCaller, type Caller } from './caller.js';

const key = callerKey(randomBytes(32));
const caller: Caller = { iin: '850314301234', login: 'EDS', requestId: 'r-1', client: 'portal', wards: [] };
const body = JSON.stringify({ query: '{ me { vehicles { plate } } }', variables: { note: 'ünïcödé \u2028 "quoted"' } });

const codeOf = (check: () => unknown) => {
  try {
    check();
    return 'accepted';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
};

describe('request bindings', () => {
  it('accepts the very request it was made for, with a nonce of its own each time', async () => {
    const binding = new CallerBinding(key);
    const token = await signCaller(caller, key);
    const first = binding.bind('vehicles', token, body);
    const second = binding.bind('vehicles', token, body);
    expect(first).not.toBe(second);
    const accepted = binding.check('vehicles', token, body, first);
    expect(accepted.nonce).not.toBe(binding.check('vehicles', token, body, second).nonce);
    expect(accepted.rememberUntil).toBeGreaterThanOrEqual(Date.now() + BINDING_WINDOW_MS);
    // the body a subgraph sees is JSON.parse of what was sent: stringified again, it is the same text
    expect(binding.check('vehicles', token, JSON.stringify(JSON.parse(body)), first).nonce).toBe(accepted.nonce);
  });

  it('refuses another body, another subgraph, another context, another key, no binding and a tampered one', async () => {
    const binding = new CallerBinding(key);
    const token = await signCaller(caller, key);
    const other = await signCaller({ ...caller, client: 'mobile' }, key);
    const made = binding.bind('vehicles', token, body);
    const [version, issued, nonce, mac] = made.split('.');
    expect(codeOf(() => binding.check('vehicles', token, body.replace('plate', 'vin'), made))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => binding.check('fines', token, body, made))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => binding.check('vehicles', other, body, made))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => new CallerBinding(callerKey(randomBytes(32))).check('vehicles', token, body, made))).toBe('UNAUTHENTICATED');
    for (const bad of [
      undefined,
      '',
      'v1',
      `${version}.${issued}.${nonce}.`,
      `${version}.${Number(issued) + 1}.${nonce}.${mac}`,
      `${version}.${issued}.x${nonce}.${mac}`,
      `v2.${issued}.${nonce}.${mac}`,
    ]) {
      expect(codeOf(() => binding.check('vehicles', token, body, bad))).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a binding older than its window, or made too far in the future', async () => {
    const binding = new CallerBinding(key);
    const token = await signCaller(caller, key);
    const now = Date.now();
    const made = binding.bind('vehicles', token, body, now);
    expect(codeOf(() => binding.check('vehicles', token, body, made, now + BINDING_WINDOW_MS))).toBe('accepted');
    expect(codeOf(() => binding.check('vehicles', token, body, made, now + BINDING_WINDOW_MS + 1))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => binding.check('vehicles', token, body, binding.bind('vehicles', token, body, now + 60_000), now))).toBe('UNAUTHENTICATED');
  });
});
