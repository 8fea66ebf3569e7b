/**
 * Serving an Apollo Server over node:http, with a few plain routes beside it (health, readiness).
 * Gateway and subgraphs share this so both speak HTTP the same way: JSON bodies up to a limit,
 * keep-alive, and a clean close.
 */
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ErrorCode } from '../schema/errors.js';
import { SHUTTING_DOWN_HEADER } from './http-post.js';
import { urlHost } from './url-host.js';

export type Route = (req: IncomingMessage) => Promise<{ status: number; body: unknown }>;

export interface ServeOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** The context of a request, given its parsed JSON body (subgraphs check it against the caller context's binding). */
  context: (req: IncomingMessage, body: unknown) => Promise<TContext>;
  /** Plain JSON routes by path, answered without GraphQL (e.g. `/health`). */
  routes?: Record<string, Route>;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes?: number;
  /** Largest accepted request head, in bytes (Node's default, 16 KiB, unless given). */
  maxHeaderBytes?: number;
  /** Called when something fails outside GraphQL (a bad body, a route that threw). */
  onError?: (error: unknown) => void;
}

export interface Served {
  server: Server;
  url: string;
  close(): Promise<void>;
  /**
   * The first half of a graceful stop: from now on `/ready` (and `/ready/...`) answers 503 and
   * every new request (but `/health`) is refused with 503 and `connection: close`; the requests in
   * flight finish, each closing its connection. Resolves when none is left, or after `timeoutMs` with the
   * number still running. `close` is the second half.
   */
  drain(timeoutMs: number): Promise<number>;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function readBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, `request body is over ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return undefined;
  const type = req.headers['content-type'] ?? '';
  if (!type.includes('application/json')) return Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'request body is not valid JSON');
  }
}

const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
};

export function httpHandler<TContext extends BaseContext>(options: ServeOptions<TContext>) {
  const limit = options.maxBodyBytes ?? 1_000_000;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const [path, search = ''] = (req.url ?? '/').split('?', 2) as [string, string?];
    try {
      const route = options.routes?.[path];
      if (route) {
        const { status, body } = await route(req);
        return sendJson(res, status, body);
      }
      if (path !== '/graphql' && path !== '/') return sendJson(res, 404, { error: 'not found' });
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const body = req.method === 'POST' ? await readBody(req, limit) : undefined;
      const response = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: search ? `?${search}` : '', body },
        context: () => options.context(req, body),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      if (error instanceof HttpError) return sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] });
      options.onError?.(error);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.destroy();
    }
  };
}

/** Starts Apollo Server (if not started) and listens; `close` stops both. */
export async function serve<TContext extends BaseContext>(
  options: ServeOptions<TContext> & { port?: number; host?: string },
): Promise<Served> {
  await options.apollo.start();
  const handler = httpHandler(options);
  const draining = drainState();
  const server = createServer({ maxHeaderSize: options.maxHeaderBytes }, (req, res) => {
    if (draining.refused(req, res)) return;
    void handler(req, res);
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${urlHost(options.host ?? '127.0.0.1')}:${port}/graphql`,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await options.apollo.stop();
    },
    drain: (timeoutMs) => draining.start(timeoutMs),
  };
}

/** Draining: refuses new requests, counts those in flight (see `Served.drain`). */
function drainState() {
  const active = new Set<ServerResponse>();
  let draining = false;
  let settled: (() => void) | undefined;
  const refuse = (res: ServerResponse, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), connection: 'close', [SHUTTING_DOWN_HEADER]: '1' });
    res.end(text);
  };
  return {
    /** True when the request was answered here (refused); else it is counted until its response closes. */
    refused(req: IncomingMessage, res: ServerResponse): boolean {
      const path = (req.url ?? '/').split('?', 1)[0];
      if (draining && (path === '/ready' || path?.startsWith('/ready/'))) return refuse(res, { status: 'draining' }), true;
      if (draining && path !== '/health') {
        return refuse(res, { errors: [{ message: 'This server is shutting down; retry the request.', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }] }), true;
      }
      active.add(res);
      res.once('close', () => {
        active.delete(res);
        if (active.size === 0) settled?.();
      });
      return false;
    },
    async start(timeoutMs: number): Promise<number> {
      draining = true;
      for (const res of active) if (!res.headersSent) res.setHeader('connection', 'close');
      if (active.size > 0) {
        let timer: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          settled = resolve;
          timer = setTimeout(resolve, timeoutMs);
        });
        clearTimeout(timer);
      }
      return active.size;
    },
  };
}
