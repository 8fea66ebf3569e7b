import { describe, expect, it } from 'vitest';
import { answerShape, maskError } from './server.js';

describe('what an error may tell a client', () => {
  it('keeps a catalogued error with its safe extensions only', () => {
    expect(
      maskError({
        message: 'Section VEHICLES is unavailable.',
        path: ['me', 'vehicles'],
        extensions: { code: 'STATE_SYSTEM_UNAVAILABLE', section: 'VEHICLES', serviceName: 'vehicles', stacktrace: ['at x'] },
      }),
    ).toEqual({ message: 'Section VEHICLES is unavailable.', path: ['me', 'vehicles'], extensions: { code: 'STATE_SYSTEM_UNAVAILABLE', section: 'VEHICLES' } });
  });

  it.each([
    ['an error without a code', { message: 'connect ECONNREFUSED 10.0.3.7:5432' }],
    ['an error with a foreign code', { message: 'request to http://vehicles.internal:4003/graphql failed', extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' } }],
    [
      'an internal error, whatever it says',
      { message: 'Unexpected token < in JSON at position 0: <html>', extensions: { code: 'INTERNAL_SERVER_ERROR', exception: { stacktrace: ['x'] } } },
    ],
  ])('masks %s: no upstream address, no fragment, no stack', (_what, formatted) => {
    expect(maskError({ ...formatted, path: ['me'] })).toEqual({ message: 'Internal error.', path: ['me'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});

describe('what an answer may carry', () => {
  it('drops the extensions Apollo Gateway adds (valueCompletion with unmasked messages) and an empty errors list', () => {
    const answer = answerShape({
      data: { me: null },
      errors: [],
      extensions: {
        valueCompletion: [{ message: 'Invalid __typename found for object at field Query.me.', path: ['me'], extensions: { code: 'INVALID_GRAPHQL' } }],
      },
    });
    expect(answer).toEqual({ data: { me: null } });
    expect(Object.keys(answer)).toEqual(['data']);
  });

  it('keeps data and errors as they are, in that order', () => {
    const errors = [{ message: 'x', extensions: { code: 'FORBIDDEN' } }];
    expect(JSON.stringify(answerShape({ data: { me: null }, errors }))).toBe(JSON.stringify({ data: { me: null }, errors }));
  });
});
