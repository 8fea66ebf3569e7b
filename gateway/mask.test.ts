import { describe, expect, it } from 'vitest';
import { maskError } from './server.js';

describe('what an error may tell a client', () => {
  it('keeps a catalogued error with its safe extensions only', () => {
    expect(
      maskError({ message: 'Section VEHICLES is unavailable.', path: ['me', 'vehicles'], extensions: { code: 'STATE_SYSTEM_UNAVAILABLE', section: 'VEHICLES', serviceName: 'vehicles', stacktrace: ['at x'] } }),
    ).toEqual({ message: 'Section VEHICLES is unavailable.', path: ['me', 'vehicles'], extensions: { code: 'STATE_SYSTEM_UNAVAILABLE', section: 'VEHICLES' } });
  });

  it.each([
    ['an error without a code', { message: 'connect ECONNREFUSED 10.0.3.7:5432' }],
    ['an error with a foreign code', { message: 'request to http://vehicles.internal:4003/graphql failed', extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' } }],
    ['an internal error, whatever it says', { message: 'Unexpected token < in JSON at position 0: <html>', extensions: { code: 'INTERNAL_SERVER_ERROR', exception: { stacktrace: ['x'] } } }],
  ])('masks %s: no upstream address, no fragment, no stack', (_what, formatted) => {
    expect(maskError({ ...formatted, path: ['me'] })).toEqual({ message: 'Internal error.', path: ['me'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
