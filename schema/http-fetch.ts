/**
 * JSON POSTs for the internal hops (gateway → subgraph, subgraph → state system) over node:http
 * with a keep-alive agent. Node's global fetch spends more CPU than these small POSTs are worth
 * (web streams, undici's request and header objects: about a fifth of the gateway's CPU in the
 * benchmark's profile).
 */
import { Agent, request, type IncomingHttpHeaders } from 'node:http';

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/** An answer read to its end. */
export interface TextAnswer {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  text: string;
}

/** POSTs `body` to an http: URL and reads the whole answer; honours `signal` (timeouts). */
export function postText(url: string, headers: Record<string, string>, body: string, signal?: AbortSignal): Promise<TextAnswer> {
  return new Promise<TextAnswer>((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) }, agent, signal }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: res.headers, text });
      });
    });
    req.on('error', (error) => reject(error.name === 'AbortError' && signal?.reason ? signal.reason : error));
    req.end(body);
  });
}

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

/** The parts of a Response its readers use, over an answer already read: `text()` and `json()` may be called again. */
function responseOf(answer: TextAnswer, url: string): Response {
  let headers: Headers | undefined;
  return {
    ok: answer.status >= 200 && answer.status < 300,
    status: answer.status,
    statusText: answer.statusText,
    get headers() {
      if (!headers) {
        headers = new Headers();
        for (const [key, value] of Object.entries(answer.headers)) if (typeof value === 'string') headers.set(key, value);
      }
      return headers;
    },
    url,
    body: null,
    bodyUsed: false,
    text: async () => answer.text,
    json: async () => JSON.parse(answer.text),
  } as unknown as Response;
}

/**
 * `fetch` over postText for JSON POSTs to http: URLs; anything else (another method, a
 * non-string body, https) goes to the global fetch.
 */
export const internalFetch: typeof fetch = async (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : undefined;
  if (!url || !url.startsWith('http:') || init?.method !== 'POST' || typeof init.body !== 'string') return fetch(input, init);
  return responseOf(await postText(url, plainHeaders(init.headers as HeadersLike), init.body, init.signal ?? undefined), url);
};
