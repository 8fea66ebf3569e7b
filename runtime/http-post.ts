/**
 * JSON POSTs for the internal hops (gateway → subgraph, subgraph → state system) over node:http
 * with a keep-alive agent. Node's global fetch, and node-fetch in Apollo's data source, spend more
 * CPU than these small POSTs are worth (web streams, request and header objects: about a fifth of
 * the gateway's CPU in the benchmark's profile).
 */
import { Agent, request, type IncomingHttpHeaders } from 'node:http';

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/**
 * Marks a 503 from a server that is shutting down (runtime/http.ts): it did nothing with the
 * request, so the request is sent once more, on a new connection (to another replica, behind a
 * Kubernetes Service).
 */
export const SHUTTING_DOWN_HEADER = 'x-shutting-down';

/** An answer read to its end. */
export interface TextAnswer {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  text: string;
}

/**
 * POSTs `body` to an http: URL and reads the whole answer; gives up after `timeoutMs`, if given,
 * with a TimeoutError (a timer: AbortSignal.timeout costs far more on a hot path).
 */
export async function postText(url: string, headers: Record<string, string>, body: string, timeoutMs?: number): Promise<TextAnswer> {
  const answer = await postOnce(url, headers, body, timeoutMs);
  return answer.status === 503 && answer.headers[SHUTTING_DOWN_HEADER] ? postOnce(url, headers, body, timeoutMs) : answer;
}

function postOnce(url: string, headers: Record<string, string>, body: string, timeoutMs?: number): Promise<TextAnswer> {
  return new Promise<TextAnswer>((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) }, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', fail);
      res.on('end', () => {
        clearTimeout(timer);
        const text = chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: res.headers, text });
      });
    });
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => req.destroy(timeoutError(timeoutMs)), timeoutMs);
    function fail(error: Error) {
      clearTimeout(timer);
      reject(error);
    }
    req.on('error', fail);
    req.end(body);
  });
}

function timeoutError(ms: number): Error {
  const error = new Error(`no answer within ${ms} ms`);
  error.name = 'TimeoutError';
  return error;
}
