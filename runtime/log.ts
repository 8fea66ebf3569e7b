/**
 * Structured logs, one JSON object a line, on stderr. Personal data never goes in clear: an IIN
 * is logged as a keyed-hash pseudonym (`pseudonym(iin)`), stable within one deployment so an
 * operator can follow one person's requests without learning who they are.
 */
import { createHmac } from 'node:crypto';
import { secretFrom } from './secrets.js';

export type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

let hashKey: Uint8Array | undefined;

/** A keyed hash of an IIN (HMAC-SHA-256 under HASH_KEY), safe for logs and cache keys. */
export function pseudonym(iin: string): string {
  // every cache read hashes its keys: the people of a busy moment are hashed once (bounded)
  let known = pseudonyms.get(iin);
  if (known === undefined) {
    hashKey ??= secretFrom('HASH_KEY', 'hashKey');
    known = createHmac('sha256', hashKey).update(iin).digest('base64url').slice(0, 22);
    if (pseudonyms.size >= 50_000) pseudonyms.clear();
    pseudonyms.set(iin, known);
  }
  return known;
}

const pseudonyms = new Map<string, string>();

export interface Logger {
  /** Whether lines of this level are written: guard a line whose fields cost something to make. */
  enabled(level: Level): boolean;
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

const threshold = (): number => ORDER[(process.env.LOG_LEVEL as Level | undefined) ?? 'info'] ?? ORDER.info;

/** Where log lines go; tests replace it to read what would have been logged. */
export const logSink = { write: (line: string): void => void process.stderr.write(`${line}\n`) };

export function createLogger(component: string): Logger {
  const write = (level: Level, event: string, fields: Record<string, unknown> = {}): void => {
    if (ORDER[level] < threshold()) return;
    logSink.write(JSON.stringify({ time: new Date().toISOString(), level, component, event, ...fields }));
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
    const { name, message, stack, extensions, code } = error as { name?: unknown; message?: unknown; stack?: unknown; extensions?: { code?: unknown }; code?: unknown };
    return {
      error: error instanceof Error ? error.name : typeof name === 'string' ? name : 'object',
      code: extensions?.code ?? code,
      message: typeof message === 'string' ? message : undefined,
      ...(options.stack && typeof stack === 'string' && { stack }),
    };
  }
  return { error: String(error) };
}
