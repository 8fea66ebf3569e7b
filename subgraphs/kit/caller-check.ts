/**
 * Who is asking a subgraph, checked before anything is parsed: the signed caller context
 * (schema/caller.ts, verified once and then remembered until it expires), bound to this very
 * request (schema/caller-binding.ts: made by the gateway for this subgraph and this body), and not
 * served before (replay-guard.ts). A valid context with a body it was not made for, or sent again,
 * means it was captured on an internal hop: refused, and logged as a security warning with the
 * caller's pseudonym (`caller_context_unbound`, `caller_context_replayed`).
 */
import type { IncomingMessage } from 'node:http';
import { BINDING_HEADER, CallerBinding, type AcceptedBinding } from '../../schema/caller-binding.js';
import { CALLER_HEADER, CallerVerifier, refuse, REQUEST_ID_HEADER, type Caller, type CallerKey } from '../../schema/caller.js';
import { pseudonym, type Logger } from '../../runtime/log.js';
import { RedisCache, type SectionCache } from './cache.js';
import { ReplayGuard } from './replay-guard.js';

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

export interface CallerCheckOptions {
  /** The subgraph's name: a binding is made for one subgraph. */
  subgraph: string;
  secret: CallerKey;
  /** When it is Redis, the nonces served are remembered there too (every replica refuses a replay). */
  cache: SectionCache;
  /** Benchmarks only: a context without a binding is also served (see SubgraphOptions.bindingOptional). */
  bindingOptional?: boolean;
  log: Logger;
}

export function callerCheck({ subgraph, secret, cache, bindingOptional = false, log }: CallerCheckOptions) {
  const callers = new CallerVerifier(secret);
  const binding = new CallerBinding(secret);
  const replays = new ReplayGuard(cache instanceof RedisCache ? { redis: cache.redis, prefix: cache.prefix } : undefined);

  /** The caller of a request with this (parsed JSON) body; UNAUTHENTICATED when it is not the gateway's. */
  return async (req: IncomingMessage, body: unknown): Promise<Caller> => {
    const token = header(req, CALLER_HEADER);
    const caller = await callers.verify(token, header(req, REQUEST_ID_HEADER));
    const given = header(req, BINDING_HEADER);
    if (bindingOptional && !given) return caller;
    const who = { caller: pseudonym(caller.iin), requestId: caller.requestId, client: caller.client };
    let accepted: AcceptedBinding;
    try {
      // the gateway sends a JSON object, never a GET or a batch
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw refuse('the request is not a JSON POST');
      // the body as the gateway sent it: JSON.stringify gives back the very text it parsed from JSON.stringify
      accepted = binding.check(subgraph, token!, JSON.stringify(body), given);
    } catch (error) {
      log.warn('caller_context_unbound', { ...who, message: error instanceof Error ? error.message : String(error) });
      throw error;
    }
    if (!(await replays.firstUse(accepted))) {
      log.warn('caller_context_replayed', { ...who, message: 'a subgraph request was sent again with its caller context: refused' });
      throw refuse('this request was already served');
    }
    return caller;
  };
}
