/**
 * The HTTP client of a state system's batch endpoint. One call asks for many people; the answer
 * is checked before anyone sees it: an error status, a timeout, malformed JSON, a record of the
 * wrong shape, or a record about someone who was not asked for all fail the whole call with a
 * StateSystemError, so nothing from a bad answer is ever attached to anyone.
 */
import { ErrorCode } from '../../schema/errors.js';

export type StateSystemErrorCode =
  | typeof ErrorCode.STATE_SYSTEM_UNAVAILABLE
  | typeof ErrorCode.STATE_SYSTEM_TIMEOUT
  | typeof ErrorCode.STATE_SYSTEM_BAD_RESPONSE;

export class StateSystemError extends Error {
  override name = 'StateSystemError';
  constructor(
    readonly code: StateSystemErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface StateClient<R> {
  readonly system: string;
  /** Records by IIN; an IIN the state system has no record of is absent from the map. */
  fetchBatch(iins: readonly string[]): Promise<Map<string, R>>;
}

export interface StateClientOptions<R> {
  system: string;
  baseUrl: string;
  /** Checks that a value is a well-formed record of this state system. */
  isRecord: (value: unknown) => value is R;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

export const DEFAULT_STATE_TIMEOUT_MS = 3000;

export function createStateClient<R extends { iin: string }>(options: StateClientOptions<R>): StateClient<R> {
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_STATE_TIMEOUT_MS;
  const endpoint = `${options.baseUrl.replace(/\/$/, '')}/api/v1/persons:batch`;
  const bad = (why: string) => new StateSystemError(ErrorCode.STATE_SYSTEM_BAD_RESPONSE, `${options.system}: ${why}`);

  return {
    system: options.system,
    async fetchBatch(iins) {
      let response: Response;
      try {
        response = await doFetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ iins }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
        throw timedOut
          ? new StateSystemError(ErrorCode.STATE_SYSTEM_TIMEOUT, `${options.system} did not answer within ${timeoutMs} ms`)
          : new StateSystemError(ErrorCode.STATE_SYSTEM_UNAVAILABLE, `${options.system} is unreachable`);
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new StateSystemError(ErrorCode.STATE_SYSTEM_UNAVAILABLE, `${options.system} answered HTTP ${response.status}`, response.status);
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch (error) {
        if (error instanceof Error && error.name === 'TimeoutError') {
          throw new StateSystemError(ErrorCode.STATE_SYSTEM_TIMEOUT, `${options.system} did not answer within ${timeoutMs} ms`);
        }
        throw bad('the answer is not JSON');
      }
      const records = (body as { records?: unknown } | null)?.records;
      if (!Array.isArray(records)) throw bad('the answer has no records list');
      const asked = new Set(iins);
      const found = new Map<string, R>();
      for (const record of records) {
        if (!options.isRecord(record)) throw bad('a record is not of the expected shape');
        if (!asked.has(record.iin)) throw bad('a record is about a person who was not asked for');
        found.set(record.iin, record);
      }
      return found;
    },
  };
}
