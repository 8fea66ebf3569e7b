/**
 * A fetch for the internal hops (gateway → subgraph, subgraph → state system): JSON over node:http
 * with a keep-alive agent. Node's global fetch spends more CPU than these small POSTs are worth
 * (web streams, undici's request objects: about a fifth of the gateway's CPU in the benchmark's
 * profile). Anything it does not cover (another method, a non-string body, https) goes to the
 * global fetch. It honours `signal` (timeouts), and answers with the parts of a Response that
 * Apollo's data source and the state-system client read.
 */
import { Agent, request } from 'node:http';

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

type HeadersLike = Record<string, string> | { forEach(cb: (value: string, key: string) => void): void } | undefined;

function plainHeaders(headers: HeadersLike): Record<string, string> {
  if (!headers) return {};
  if (typeof (headers as { forEach?: unknown }).forEach === 'function') {
    const plain: Record<string, string> = {};
    (headers as { forEach(cb: (value: string, key: string) => void): void }).forEach((value, key) => (plain[key] = value));
    return plain;
  }
  return { ...(headers as Record<string, string>) };
}

/** A Response over a body already read: `text()` and `json()` may be called by each of its readers. */
export function textResponse(meta: { status: number; statusText: string; headers: Headers; url: string }, text: string): Response {
  return {
    ok: meta.status >= 200 && meta.status < 300,
    status: meta.status,
    statusText: meta.statusText,
    headers: meta.headers,
    url: meta.url,
    body: null,
    bodyUsed: false,
    text: async () => text,
    json: async () => JSON.parse(text),
  } as unknown as Response;
}

export const internalFetch: typeof fetch = (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : undefined;
  if (!url || !url.startsWith('http:') || init?.method !== 'POST' || typeof init.body !== 'string') return fetch(input, init);
  const body = init.body;
  return new Promise<Response>((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { ...plainHeaders(init.headers as HeadersLike), 'content-length': Buffer.byteLength(body) }, agent, signal: init.signal ?? undefined }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const headers = new Headers();
        for (const [key, value] of Object.entries(res.headers)) if (typeof value === 'string') headers.set(key, value);
        resolve(textResponse({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers, url }, Buffer.concat(chunks).toString('utf8')));
      });
    });
    req.on('error', (error) => reject(error.name === 'AbortError' && init.signal?.reason ? init.signal.reason : error));
    req.end(body);
  });
};
