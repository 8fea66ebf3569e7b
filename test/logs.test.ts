/** A green run is quiet: only the warn and error lines a test file did not declare reach stderr. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../runtime/log.js';
import { expectLog, unexpectedEvent } from './logs.js';

const line = (level: string, event: string) => JSON.stringify({ time: '2026-11-22T10:00:00.000Z', level, component: 'test', event });

describe('log lines the tests expect', () => {
  afterEach(() => vi.restoreAllMocks());

  it('are the declared events; info and debug lines are never echoed', () => {
    expectLog('declared_in_unit_test');
    expect(unexpectedEvent(line('warn', 'declared_in_unit_test'))).toBeUndefined();
    expect(unexpectedEvent(line('error', 'not_declared'))).toBe('not_declared');
    expect(unexpectedEvent(line('info', 'not_declared'))).toBeUndefined();
    expect(unexpectedEvent(line('debug', 'not_declared'))).toBeUndefined();
  });

  it('are not echoed by the test setup; an undeclared warning is, labelled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const log = createLogger('test');
    expectLog('provoked_on_purpose');
    log.warn('provoked_on_purpose');
    expect(warn).not.toHaveBeenCalled();
    log.error('nobody_expected_this');
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toMatch(
      /^Unexpected log line \(a test that provokes it declares expectLog\('nobody_expected_this'\)\):\n\{.*"event":"nobody_expected_this"/,
    );
  });
});
