/**
 * Structured logs through pino, one JSON object a line, on stderr:
 * `{"level":"info","time":"…","component":"gateway", …fields, "event":"request"}`. Personal data
 * never goes in clear: an IIN is logged as a keyed-hash pseudonym (`pseudonym(iin)`), stable within
 * one deployment so an operator can follow one person's requests without learning who they are;
 * fields that hold names, addresses or tokens (REDACTED, pino's `redact`) are written as
 * `[redacted]`, whatever a caller passes.
 *
 * A log line may carry text a request put there (an error message quoting an operation name, a
 * client name): every line is bounded and escaped here, whoever writes it. Each string is cut to
 * MAX_STRING characters, arrays to MAX_ITEMS items, nesting to MAX_NESTING levels; any valid IIN
 * inside a string is replaced by its pseudonym; characters that could forge or hide text in a log
 * viewer (line and paragraph separators, C1 controls, bidirectional overrides) are escaped, as JSON
 * already escapes the C0 controls.
 */
import { createHmac } from 'node:crypto';
import { isValidIin } from '../schema/iin.js';
import { LRUCache } from 'lru-cache';
import { config } from './config.js';
import { pino } from 'pino';
import { secretFrom } from './secrets.js';

export type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

let hashKey: Uint8Array | undefined;

/** A keyed hash of an IIN (HMAC-SHA-256 under HASH_KEY), safe for logs and cache keys. */
export function pseudonym(iin: string): string {
  // every cache read hashes its keys: the people of a busy moment are hashed once (bounded, and
  // an IIN is not kept in memory longer than a few minutes for it)
  let known = pseudonyms.get(iin);
  if (known === undefined) {
    hashKey ??= secretFrom('HASH_KEY', 'hashKey');
    known = createHmac('sha256', hashKey).update(iin).digest('base64url').slice(0, 22);
    pseudonyms.set(iin, known);
  }
  return known;
}

const pseudonyms = new LRUCache<string, string>({ max: 50_000, ttl: 10 * 60_000 });

export interface Logger {
  /** Whether lines of this level are written: guard a line whose fields cost something to make. */
  enabled(level: Level): boolean;
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

const threshold = (): number => ORDER[config().LOG_LEVEL];

/** Where log lines go; tests replace it to read what would have been logged. */
export const logSink = { write: (line: string): void => void process.stderr.write(`${line}\n`) };

export const MAX_STRING = 500;
const MAX_ITEMS = 20;
const MAX_NESTING = 4;

/** A string as a log line may hold it: cut, and any valid IIN in it replaced by its pseudonym. */
export function loggable(text: string): string {
  const cut = text.length > MAX_STRING ? `${text.slice(0, MAX_STRING)}…(${text.length - MAX_STRING} more characters)` : text;
  return cut.replace(/(?<!\d)\d{12}(?!\d)/g, (digits) => (isValidIin(digits) ? `iin:${pseudonym(digits)}` : digits));
}

function bounded(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return loggable(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_NESTING) return '…';
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((v) => bounded(v, depth + 1));
    return value.length > MAX_ITEMS ? [...items, `…(${value.length - MAX_ITEMS} more)`] : items;
  }
  const entries = Object.entries(value);
  return Object.fromEntries(entries.slice(0, MAX_ITEMS).map(([k, v]) => [loggable(k), bounded(v, depth + 1)]));
}

/** Characters JSON leaves as they are that a log viewer may take for a line break, or that reorder or hide text. */
const DECEPTIVE = /[\u0080-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const escaped = (line: string): string => line.replace(DECEPTIVE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Fields whose value is a name, an address or a token, at the top of a line or one level down
 * (pino's `redact` paths): written as `[redacted]` however they got there. IINs need no path:
 * every string is pseudonymised (`loggable`).
 */
export const REDACTED = [
  'name',
  'fullName',
  'firstName',
  'lastName',
  'middleName',
  'patronymic',
  'maidenName',
  'spouseName',
  'address',
  'birthPlace',
  'authorization',
  'token',
  'callerToken',
  'cookie',
  'x-dossier-caller',
].flatMap((key) => (/^\w+$/.test(key) ? [key, `*.${key}`] : [`["${key}"]`, `*["${key}"]`]));

const CENSOR = '[redacted]';

/** The one pino instance of the process: every level is handed to it (`threshold` decides first, read per line so a test may change LOG_LEVEL). */
let root: pino.Logger | undefined;
const rootLogger = (): pino.Logger =>
  (root ??= pino(
    {
      level: 'debug',
      base: null,
      messageKey: 'event',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED, censor: CENSOR },
    },
    // pino ends each line with a newline, the sink adds its own
    { write: (line: string) => logSink.write(escaped(line.endsWith('\n') ? line.slice(0, -1) : line)) },
  ));

export function createLogger(component: string): Logger {
  let logger: pino.Logger | undefined;
  const write = (level: Level, event: string, fields: Record<string, unknown> = {}): void => {
    if (ORDER[level] < threshold()) return;
    logger ??= rootLogger().child({ component: loggable(component) });
    logger[level](bounded(fields, 0) as Record<string, unknown>, loggable(event));
  };
  return {
    enabled: (level) => ORDER[level] >= threshold(),
    debug: (event, fields) => write('debug', event, fields),
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  };
}

/**
 * What an error may say in a log: its class, code and message (and with `stack`, its stack),
 * never a record's contents. A plain object with a message is described too: Apollo Gateway
 * keeps a subgraph's error as it came over the wire, `{ message, extensions }`.
 */
export function describeError(error: unknown, options: { stack?: boolean } = {}): Record<string, unknown> {
  if (error !== null && typeof error === 'object') {
    const { name, message, stack, extensions, code } = error as {
      name?: unknown;
      message?: unknown;
      stack?: unknown;
      extensions?: { code?: unknown };
      code?: unknown;
    };
    return {
      error: error instanceof Error ? error.name : typeof name === 'string' ? name : 'object',
      code: extensions?.code ?? code,
      message: typeof message === 'string' ? message : undefined,
      ...(options.stack && typeof stack === 'string' && { stack }),
    };
  }
  return { error: String(error) };
}
