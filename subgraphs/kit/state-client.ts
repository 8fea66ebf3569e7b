/**
 * The HTTP client of a state system's batch endpoint. One call asks for many people; the answer
 * is checked before anyone sees it: an error status, a timeout, malformed JSON, a record of the
 * wrong shape, or a record about someone who was not asked for all fail the whole call with a
 * StateSystemError, so nothing from a bad answer is ever attached to anyone.
 *
 * Resilience (cockatiel): each attempt has the system's timeout, cut to the request's deadline;
 * a failed read (an error status, no connection, a timeout) is retried once with jittered backoff
 * when the deadline leaves room; a circuit breaker per state system fails fast after repeated
 * failures and lets one probe through after a pause.
 */
import { BrokenCircuitError, circuitBreaker, CircuitState, ConsecutiveBreaker, ExponentialBackoff, handleWhen, retry, wrap } from 'cockatiel';
import { ErrorCode } from '../../schema/errors.js';
import { AnswerTooLargeError, postText, type Poster, type TextAnswer } from '../../runtime/http-post.js';
import { createLogger } from '../../runtime/log.js';
import { injectTraceContext, inSpan, SpanKind } from '../../runtime/tracing.js';
import type { Span } from '@opentelemetry/api';
import { REQUEST_ID_HEADER } from '../../schema/caller.js';
import { BREAKER_VALUE, breakerState, secondsSince, stateSystemCallSeconds } from '../../runtime/metrics.js';
import { config } from '../../runtime/config.js';

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

  /** Worth another try: the system was unreachable, slow, or answered 5xx. */
  get transient(): boolean {
    return this.code === ErrorCode.STATE_SYSTEM_TIMEOUT || (this.code === ErrorCode.STATE_SYSTEM_UNAVAILABLE && (this.status ?? 500) >= 500);
  }
}

export type CircuitStatus = 'closed' | 'open' | 'half-open';

export interface StateClient<R> {
  readonly system: string;
  /**
   * Records by IIN; an IIN the state system has no record of is absent from the map.
   * `deadline` (ms since epoch) bounds the whole call, retries included.
   */
  fetchBatch(iins: readonly string[], deadline?: number, requestId?: string): Promise<Map<string, R>>;
  /** The circuit breaker's state, for readiness reports. */
  circuit(): CircuitStatus;
}

export interface ResilienceOptions {
  /** Per-attempt timeout. */
  timeoutMs?: number;
  /** Extra attempts after a transient failure. */
  retries?: number;
  /** Consecutive failures that open the circuit. */
  breakerFailures?: number;
  /** How long an open circuit fails fast before letting a probe through. */
  halfOpenAfterMs?: number;
}

export interface StateClientOptions<R> extends ResilienceOptions {
  system: string;
  baseUrl: string;
  /** Checks that a value is a well-formed record of this state system. */
  isRecord: (value: unknown) => value is R;
  /** The HTTP POST (tests hand a fake); `postText` by default. */
  post?: Poster;
  /** The largest answer read; a longer one is cut off there and is a bad answer. STATE_MAX_ANSWER_BYTES, 32 MiB by default. */
  maxAnswerBytes?: number;
}

export const DEFAULT_STATE_TIMEOUT_MS = 2000;
export const DEFAULT_MAX_ANSWER_BYTES = 32 * 1024 * 1024;
/** The least time worth starting another attempt with. */
const MIN_ATTEMPT_MS = 50;

const CIRCUIT: Record<CircuitState, CircuitStatus> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.Isolated]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
};

export function createStateClient<R extends { iin: string }>(options: StateClientOptions<R>): StateClient<R> {
  const log = createLogger('state-client');
  const timeoutMs = options.timeoutMs ?? DEFAULT_STATE_TIMEOUT_MS;
  const endpoint = `${options.baseUrl.replace(/\/$/, '')}/api/v1/persons:batch`;
  const system = options.system;
  const post = options.post ?? postText;
  const maxAnswerBytes = options.maxAnswerBytes ?? config().STATE_MAX_ANSWER_BYTES;
  const bad = (why: string) => new StateSystemError(ErrorCode.STATE_SYSTEM_BAD_RESPONSE, `${system}: ${why}`);
  const timedOut = (ms: number) => new StateSystemError(ErrorCode.STATE_SYSTEM_TIMEOUT, `${system} did not answer within ${ms} ms`);

  const breaker = circuitBreaker(
    handleWhen((e) => e instanceof StateSystemError),
    {
      halfOpenAfter: options.halfOpenAfterMs ?? 10_000,
      breaker: new ConsecutiveBreaker(options.breakerFailures ?? 5),
    },
  );
  breaker.onStateChange((state) => {
    const status = CIRCUIT[state];
    (status === 'open' ? log.warn : log.info)('circuit', { system, circuit: status });
    breakerState.set({ system }, BREAKER_VALUE[status]);
  });

  breakerState.set({ system }, BREAKER_VALUE.closed);

  /** One HTTP call, timed by its outcome (ok or the error code), a client span when tracing is on. */
  function attempt(iins: readonly string[], deadline: number, requestId: string | undefined): Promise<Map<string, R>> {
    const attributes = { 'dossier.state_system': system, 'http.request.method': 'POST', 'url.full': endpoint, 'dossier.batch_size': iins.length };
    return inSpan(`state-system ${system}`, { kind: SpanKind.CLIENT, attributes }, async (span) => {
      const start = performance.now();
      const observed = (outcome: string) => stateSystemCallSeconds.observe({ system, outcome }, secondsSince(start));
      try {
        const found = await call(iins, deadline, requestId, span);
        observed('ok');
        return found;
      } catch (error) {
        observed(error instanceof StateSystemError ? error.code : 'INTERNAL');
        throw error;
      }
    });
  }

  async function call(iins: readonly string[], deadline: number, requestId: string | undefined, span: Span | undefined): Promise<Map<string, R>> {
    const budget = Math.min(timeoutMs, deadline - Date.now());
    if (budget <= 0) throw timedOut(0);
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (requestId) headers[REQUEST_ID_HEADER] = requestId;
    injectTraceContext(headers);
    let answer: TextAnswer;
    try {
      answer = await post(endpoint, headers, JSON.stringify({ iins }), budget, maxAnswerBytes);
      span?.setAttribute('http.response.status_code', answer.status);
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError') throw timedOut(budget);
      if (error instanceof AnswerTooLargeError) throw bad(`the answer is larger than ${maxAnswerBytes} bytes`);
      throw new StateSystemError(ErrorCode.STATE_SYSTEM_UNAVAILABLE, `${system} is unreachable`);
    }
    if (answer.status < 200 || answer.status >= 300) {
      throw new StateSystemError(ErrorCode.STATE_SYSTEM_UNAVAILABLE, `${system} answered HTTP ${answer.status}`, answer.status);
    }
    let body: unknown;
    try {
      body = JSON.parse(answer.text);
    } catch {
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
  }

  return {
    system,
    circuit: () => CIRCUIT[breaker.state],
    async fetchBatch(iins, deadline = Date.now() + timeoutMs, requestId) {
      // Retry outside the breaker, so every attempt counts towards opening it; never retry once it is open.
      const retrying = retry(
        handleWhen((e) => e instanceof StateSystemError && e.transient && deadline - Date.now() > MIN_ATTEMPT_MS),
        { maxAttempts: options.retries ?? 1, backoff: new ExponentialBackoff({ initialDelay: 25, maxDelay: 250 }) },
      );
      try {
        return await wrap(retrying, breaker).execute(() => attempt(iins, deadline, requestId));
      } catch (error) {
        if (error instanceof BrokenCircuitError) {
          throw new StateSystemError(ErrorCode.STATE_SYSTEM_UNAVAILABLE, `${system} is failing; not asked while its circuit is open`);
        }
        throw error;
      }
    },
  };
}
