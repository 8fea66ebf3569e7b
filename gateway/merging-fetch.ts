/**
 * Merging of identical in-flight subgraph queries: while a POST with the same URL, the same body
 * and the same signed caller context is under way, another one waits for its answer instead of
 * going out again. The caller context is part of the key, so requests of two callers are never
 * merged; the answer is read once and each request gets a response of its own over it.
 */
import { CALLER_HEADER } from '../schema/caller.js';
import { textResponse } from '../schema/http-fetch.js';

type HeadersLike = { get(name: string): string | null } | Record<string, string> | undefined;

const headerOf = (headers: HeadersLike, name: string): string | undefined =>
  !headers ? undefined : typeof headers.get === 'function' ? (headers.get(name) ?? undefined) : (headers as Record<string, string>)[name];

/** Only reads are merged: a mutation (a refresh, say) always goes out on its own. */
const isQuery = (body: string): boolean => /^\{"query":"\s*(query\b|\{)/.test(body);

export function mergingFetch(inner: typeof fetch): typeof fetch {
  const inFlight = new Map<string, Promise<{ meta: Parameters<typeof textResponse>[0]; text: string }>>();
  return (input, init) => {
    const caller = headerOf(init?.headers as HeadersLike, CALLER_HEADER);
    if (typeof input !== 'string' || init?.method !== 'POST' || typeof init.body !== 'string' || !caller || !isQuery(init.body)) {
      return inner(input, init);
    }
    const key = `${input}\0${caller}\0${init.body}`;
    let shared = inFlight.get(key);
    if (!shared) {
      // read once, handed to every waiting request as a response of its own
      shared = inner(input, init).then(async (r) => ({ meta: { status: r.status, statusText: r.statusText, headers: r.headers, url: r.url }, text: await r.text() }));
      const done = () => void inFlight.delete(key);
      shared.then(done, done);
      inFlight.set(key, shared);
    }
    return shared.then(({ meta, text }) => textResponse(meta, text));
  };
}
