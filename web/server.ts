/**
 * Serves the built portal page (web/dist) in development, and passes `/graphql` and the
 * development login (`/dev/token`) through to the gateway, so the page, its service worker and the
 * API share one origin. `npm start` runs it (WEB_PORT, 5173 by default, moved by PORT_OFFSET); in
 * production the portal's own web servers serve the page.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { urlHost } from '../runtime/url-host.js';
import { WEB_DIST } from './build.js';

export const DEFAULT_WEB_PORT = 5173;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Paths answered by the gateway. */
const API = [/^\/graphql(?:\?|$)/, /^\/dev\/token(?:\?|$)/];

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

function proxy(req: IncomingMessage, res: ServerResponse, gateway: URL): void {
  const upstream = request(
    { hostname: gateway.hostname, port: gateway.port, method: req.method, path: req.url, headers: { ...req.headers, host: gateway.host } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (res.headersSent) return void res.destroy();
    res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ errors: [{ message: 'The gateway is not answering.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }));
  });
  req.pipe(upstream);
}

function serveFile(req: IncomingMessage, res: ServerResponse, dist: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  let path: string;
  try {
    path = decodeURIComponent((req.url ?? '/').split('?', 1)[0]!);
  } catch {
    res.writeHead(400).end();
    return;
  }
  let file = normalize(join(dist, path));
  if (!file.startsWith(dist + sep) && file !== dist) {
    res.writeHead(404).end();
    return;
  }
  if (!existsSync(file) || statSync(file).isDirectory()) {
    // the page's own routes are the page; a missing asset is a 404
    if (extname(path) !== '') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    file = join(dist, 'index.html');
  }
  const immutable = path.startsWith('/assets/');
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': statSync(file).size,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...SECURITY_HEADERS,
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

/** Serves web/dist (built: see build.ts) on `port` (0: a free one), the API through to `gatewayUrl`. */
export async function startWebServer(options: { gatewayUrl: string; port?: number; host?: string; dist?: string }): Promise<WebServer> {
  const gateway = new URL(options.gatewayUrl);
  const dist = normalize(options.dist ?? WEB_DIST);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no index.html: build the page first (npx tsx web/build.ts)`);
  const server = createServer((req, res) => {
    if (API.some((p) => p.test(req.url ?? ''))) proxy(req, res, gateway);
    else serveFile(req, res, dist);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${urlHost(host)}:${port}/`,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
