import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { dedupeErrors } from './dedupe-errors.js';

const error = (message: string, code: string, path: Array<string | number>, serviceName: string) =>
  new GraphQLError(message, { path, extensions: { code, serviceName } });

describe('errors the subgraphs said alike', () => {
  it('are passed on once: same code, path and message, whichever subgraph said it', () => {
    const forbidden = ['civil-registry', 'vehicles', 'fines'].map((s) => error('You may read only your own dossier.', 'FORBIDDEN', ['person'], s));
    const result = dedupeErrors({ data: { person: null }, errors: forbidden });
    expect(result.errors).toEqual([forbidden[0]]);
    expect(result.data).toEqual({ person: null });
  });

  it('keeps errors that differ in code, path or message, in their order', () => {
    const errors = [
      error('Section VEHICLES is unavailable.', 'STATE_SYSTEM_UNAVAILABLE', ['me', 'vehicles'], 'vehicles'),
      error('Section VEHICLES is unavailable.', 'STATE_SYSTEM_UNAVAILABLE', ['me', 'drivingLicence'], 'vehicles'),
      error('Section VEHICLES is unavailable.', 'STATE_SYSTEM_TIMEOUT', ['me', 'vehicles'], 'vehicles'),
      error('Section FINES is unavailable.', 'STATE_SYSTEM_UNAVAILABLE', ['me', 'vehicles'], 'fines'),
    ];
    const result = { data: {}, errors };
    expect(dedupeErrors(result)).toBe(result);
  });
});
