/**
 * The trace collector of `npm run bench -- --telemetry`: a tiny HTTP server that accepts OTLP/HTTP
 * exports (POST /v1/traces), reads and drops them, and counts them, so the "tracing on" rows pay
 * for making and sending every span and nothing more.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OtlpSink {
  /** The OTLP base endpoint (OTEL_EXPORTER_OTLP_ENDPOINT). */
  endpoint: string;
  /** Export requests and bytes received so far. */
  received(): { exports: number; bytes: number };
  close(): Promise<void>;
}

export async function startOtlpSink(): Promise<OtlpSink> {
  let exports = 0;
  let bytes = 0;
  const server = createServer((req, res) => {
    const accepted = req.method === 'POST' && req.url === '/v1/traces';
    req.on('data', (chunk: Buffer) => {
      if (accepted) bytes += chunk.length;
    });
    req.on('end', () => {
      if (accepted) exports += 1;
      res.writeHead(accepted ? 200 : 404, { 'content-type': 'application/json' }).end('{}');
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received: () => ({ exports, bytes }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
