/**
 * Merging of identical in-flight subgraph queries: while a POST with the same URL, the same body
 * and the same signed caller context is under way, another one waits for its answer instead of
 * going out again. The caller context is part of the key, so requests of two callers are never
 * merged; the answer is shared as text, and each request parses a copy of its own. The request
 * binding (schema/caller-binding.ts: a fresh nonce per request) is not part of the key: the merged
 * request goes out once, with the first request's binding, and is served once.
 */
import { CALLER_HEADER } from '../schema/caller.js';
import type { postText, TextAnswer } from '../runtime/http-post.js';

type Post = typeof postText;

/** Only reads are merged: a mutation (a refresh, say) always goes out on its own. */
const isQuery = (body: string): boolean => /^\{"query":"\s*(query\b|\{)/.test(body);

export function mergingPost(inner: Post): Post {
  const inFlight = new Map<string, Promise<TextAnswer>>();
  return (url, headers, body, timeoutMs) => {
    const caller = headers[CALLER_HEADER];
    if (!caller || !isQuery(body)) return inner(url, headers, body, timeoutMs);
    const key = `${url}\0${caller}\0${body}`;
    let shared = inFlight.get(key);
    if (!shared) {
      shared = inner(url, headers, body, timeoutMs);
      const done = () => void inFlight.delete(key);
      shared.then(done, done);
      inFlight.set(key, shared);
    }
    return shared;
  };
}
