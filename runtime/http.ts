/**
 * Serving an Apollo Server over node:http, with a few plain routes beside it (health, readiness).
 * Gateway and subgraphs share this so both speak HTTP the same way: JSON bodies up to a limit,
 * keep-alive, and a clean close.
 */
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { createServer, maxHeaderSize, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { ErrorCode } from '../schema/errors.js';
import { SHUTTING_DOWN_HEADER } from './http-post.js';
import { inServerSpan } from './tracing.js';
import { urlHost } from './url-host.js';

/** The response header that gives the client the gateway's id of its request (the id its log lines and access-log entry carry). */
export const REQUEST_ID_RESPONSE_HEADER = 'x-request-id';

export type Route = (req: IncomingMessage) => Promise<{ status: number; body: unknown }>;

export interface ServeOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /**
   * The context of a request, given its parsed JSON body (subgraphs check it against the caller
   * context's binding) and its request id, when `requestId` makes one.
   */
  context: (req: IncomingMessage, body: unknown, requestId?: string) => Promise<TContext>;
  /** Makes each GraphQL request's id, returned to the client in `x-request-id` (the gateway); none by default. */
  requestId?: () => string;
  /** What serves, as each request's server span says (`dossier.component`): `gateway`, a subgraph's name. */
  component?: string;
  /** Plain JSON routes by path, answered without GraphQL (e.g. `/health`). */
  routes?: Record<string, Route>;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes?: number;
  /** Deepest accepted nesting of arrays and objects in a JSON body (a GraphQL request needs about ten). */
  maxJsonDepth?: number;
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
  constructor(
    readonly status: number,
    message: string,
    readonly extensions: Record<string, unknown> = { code: ErrorCode.BAD_REQUEST },
  ) {
    super(message);
  }
}

/**
 * Whether arrays and objects nest deeper than `max` in JSON text, read byte by byte (strings
 * skipped): a deep body is refused before it is parsed, so nothing after (Apollo, the planner,
 * the subgraph client) recurses through thousands of levels.
 */
export function jsonNestsDeeper(text: string, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c /* \ */) i++;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > max) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return false;
}

/**
 * The request body, parsed when it is JSON. A body over `limit` bytes is refused with 413 as soon
 * as that is known (from Content-Length, or while reading); what is still arriving is read and
 * dropped, never kept, and the connection is closed after the answer (see `httpHandler`): a
 * keep-alive connection whose unread body stayed in it would hang the next request sent on it.
 */
function readBody(req: IncomingMessage, limit: number, maxDepth: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new HttpError(413, `The request body is over ${limit} bytes, the limit.`);
    const declared = Number(req.headers['content-length']);
    let refused = Number.isFinite(declared) && declared > limit;
    if (refused) reject(tooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > limit) {
        refused = true;
        chunks.length = 0;
        reject(tooLarge());
      } else chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => {
      if (refused) return;
      try {
        resolve(parseBody(req, Buffer.concat(chunks), maxDepth));
      } catch (error) {
        reject(error);
      }
    });
  });
}

function parseBody(req: IncomingMessage, bytes: Buffer, maxDepth: number): unknown {
  if (bytes.length === 0) return undefined;
  const text = bytes.toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (!type.includes('application/json')) return text;
  if (jsonNestsDeeper(text, maxDepth)) {
    throw new HttpError(400, `The request body nests arrays or objects more than ${maxDepth} levels deep, the limit.`, {
      code: ErrorCode.QUERY_TOO_COMPLEX,
      limit: 'JSON_DEPTH',
    });
  }
  try {
    return JSON.parse(text);
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
  const maxJsonDepth = options.maxJsonDepth ?? 32;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const [path, search = ''] = (req.url ?? '/').split('?', 2) as [string, string?];
    try {
      const route = options.routes?.[path];
      if (route) {
        const { status, body } = await route(req);
        return sendJson(res, status, body);
      }
      if (path !== '/graphql' && path !== '/') {
        return sendJson(res, 404, { errors: [{ message: 'Nothing here: GraphQL is served at /graphql.', extensions: { code: ErrorCode.BAD_REQUEST } }] });
      }
      const requestId = options.requestId?.();
      if (requestId !== undefined) res.setHeader(REQUEST_ID_RESPONSE_HEADER, requestId);
      const method = (req.method ?? 'GET').toUpperCase();
      // the span is named for the operation once it is known (operationSpanPlugin)
      await inServerSpan(
        req.headers,
        `${method} /graphql`,
        { 'http.request.method': method, 'dossier.component': options.component ?? 'graphql' },
        async (span) => {
          const headers = new HeaderMap();
          for (const [key, value] of Object.entries(req.headers)) {
            if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
          }
          const body = req.method === 'POST' ? await readBody(req, limit, maxJsonDepth) : undefined;
          const response = await options.apollo.executeHTTPGraphQLRequest({
            httpGraphQLRequest: { method, headers, search: search ? `?${search}` : '', body },
            context: () => options.context(req, body, requestId),
          });
          for (const [key, value] of response.headers) res.setHeader(key, value);
          res.statusCode = response.status ?? 200;
          span?.setAttribute('http.response.status_code', res.statusCode);
          if (response.body.kind === 'complete') {
            res.end(response.body.string);
            return;
          }
          for await (const chunk of response.body.asyncIterator) res.write(chunk);
          res.end();
        },
      );
    } catch (error) {
      if (error instanceof HttpError) {
        // the rest of a refused body is still on its way: this connection cannot carry another request
        if (error.status === 413) res.setHeader('connection', 'close');
        return sendJson(res, error.status, { errors: [{ message: error.message, extensions: error.extensions }] });
      }
      options.onError?.(error);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.destroy();
    }
  };
}

/**
 * A request Node's HTTP parser refuses before any handler sees it (a head over the size limit: an
 * over-long token, say; malformed HTTP) is answered in the API's shape, JSON with a coded error,
 * where Node would send a bare status line; the connection is closed.
 */
function answerClientError(maxHead: number) {
  return (error: Error & { code?: string }, socket: Duplex): void => {
    // as Node's own handler: nothing is written over a response already under way on this connection
    const underWay = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true;
    if (error.code === 'ECONNRESET' || !socket.writable || underWay) {
      socket.destroy();
      return;
    }
    const [status, reason, message] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', `The request's headers are over ${maxHead} bytes, the limit (an over-long token?).`]
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request Timeout', 'The request did not arrive in time.']
          : [400, 'Bad Request', 'The request is not valid HTTP.'];
    const body = JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.BAD_REQUEST } }] });
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  };
}

/** Starts Apollo Server (if not started) and listens; `close` stops both. */
export async function serve<TContext extends BaseContext>(options: ServeOptions<TContext> & { port?: number; host?: string }): Promise<Served> {
  await options.apollo.start();
  const handler = httpHandler(options);
  const draining = drainState();
  const server = createServer({ maxHeaderSize: options.maxHeaderBytes }, (req, res) => {
    if (draining.refused(req, res)) return;
    void handler(req, res);
  });
  server.on('clientError', answerClientError(options.maxHeaderBytes ?? maxHeaderSize));
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
    res.writeHead(503, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      connection: 'close',
      [SHUTTING_DOWN_HEADER]: '1',
    });
    res.end(text);
  };
  return {
    /** True when the request was answered here (refused); else it is counted until its response closes. */
    refused(req: IncomingMessage, res: ServerResponse): boolean {
      const path = (req.url ?? '/').split('?', 1)[0];
      if (draining && (path === '/ready' || path?.startsWith('/ready/'))) return (refuse(res, { status: 'draining' }), true);
      if (draining && path !== '/health') {
        return (
          refuse(res, { errors: [{ message: 'This server is shutting down; retry the request.', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }] }), true
        );
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
