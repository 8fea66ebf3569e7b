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
 * A JSON POST: what the gateway's subgraph source and the state-system client are given (tests
 * hand them a fake), `postText` by default.
 */
export type Poster = (url: string, headers: Record<string, string>, body: string, timeoutMs?: number, maxBytes?: number) => Promise<TextAnswer>;

/** An answer longer than the reader's limit: it was cut off, never read whole. */
export class AnswerTooLargeError extends Error {
  override name = 'AnswerTooLargeError';
  constructor(
    readonly maxBytes: number,
    /** What had been read when it was cut off (0 when Content-Length said so first). */
    readonly bytesRead: number,
  ) {
    super(`the answer is larger than ${maxBytes} bytes`);
  }
}

/**
 * POSTs `body` to an http: URL and reads the whole answer; gives up after `timeoutMs`, if given,
 * with a TimeoutError (a timer: AbortSignal.timeout costs far more on a hot path), and past
 * `maxBytes`, if given, with an AnswerTooLargeError: the connection is dropped there, so memory
 * holds at most that much of an answer whatever the server sends. A server that is shutting down
 * is asked once more (SHUTTING_DOWN_HEADER).
 */
export const postText: Poster = async (url, headers, body, timeoutMs, maxBytes) => {
  const answer = await postOnce(url, headers, body, timeoutMs, maxBytes);
  return answer.status === 503 && answer.headers[SHUTTING_DOWN_HEADER] ? postOnce(url, headers, body, timeoutMs, maxBytes) : answer;
};

const postOnce: Poster = (url, headers, body, timeoutMs, maxBytes) => {
  return new Promise<TextAnswer>((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) }, agent }, (res) => {
      const chunks: Buffer[] = [];
      let bytes = 0;
      const tooLarge = (read: number) => {
        fail(new AnswerTooLargeError(maxBytes!, read));
        req.destroy();
      };
      if (maxBytes !== undefined && Number(res.headers['content-length'] ?? 0) > maxBytes) return tooLarge(0);
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (maxBytes !== undefined && bytes > maxBytes) return tooLarge(bytes);
        chunks.push(chunk);
      });
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
};

function timeoutError(ms: number): Error {
  const error = new Error(`no answer within ${ms} ms`);
  error.name = 'TimeoutError';
  return error;
}
