/**
 * Structured logs, one JSON object a line, on stderr. Personal data never goes in clear: an IIN
 * is logged as a keyed-hash pseudonym (`pseudonym(iin)`), stable within one deployment so an
 * operator can follow one person's requests without learning who they are.
 */
import { createHmac } from 'node:crypto';
import { LRUCache } from 'lru-cache';
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

/** What an error may say in a log: its class, code and message, never a record's contents. */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    const code = (error as { extensions?: { code?: unknown } }).extensions?.code ?? (error as { code?: unknown }).code;
    return { error: error.name, code, message: error.message };
  }
  return { error: String(error) };
}
