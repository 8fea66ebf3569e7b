/**
 * Graceful shutdown of a process that serves HTTP (the gateway, a subgraph). On SIGTERM (what
 * Kubernetes sends) or SIGINT: `/ready` answers 503 at once, new requests are refused, the
 * requests in flight finish (for up to SHUTDOWN_DRAIN_MS), then the server and what the process
 * holds (Redis, PostgreSQL) are closed and the process exits 0.
 */
import { configOf, type Env } from './config.js';
import type { Served } from './http.js';
import { createLogger } from './log.js';

/** SHUTDOWN_DRAIN_MS, checked at start (runtime/config.ts): a whole number of milliseconds. */
export const shutdownDrainMs = (env?: Env): number => configOf(env).SHUTDOWN_DRAIN_MS;

/**
 * Stops `served` gracefully on the first SIGTERM or SIGINT, then runs `close` (which closes the
 * server and whatever else the process holds) and exits: 0 when everything closed, 1 when
 * closing failed. Requests still running after the drain are cut, and said so in the log.
 */
export function stopGracefully(part: string, served: Pick<Served, 'drain'>, close: () => Promise<void>, drainMs = shutdownDrainMs()): void {
  const log = createLogger(part);
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting_down', { signal, drainMs });
    const cut = await served.drain(drainMs);
    if (cut > 0) log.warn('drain_timeout', { drainMs, requestsCut: cut });
    try {
      await close();
    } catch (error) {
      log.error('close_failed', { message: error instanceof Error ? error.message : String(error) });
      process.exit(1);
    }
    log.info('stopped', { signal });
    process.exit(0);
  };
  // `on`, not `once`: a second signal (Ctrl-C reaches every process of the terminal's group, and
  // the launcher sends SIGTERM too) must not kill the process mid-drain
  process.on('SIGTERM', (signal) => void stop(signal));
  process.on('SIGINT', (signal) => void stop(signal));
}

/**
 * Tells the process that started this one (scripts/split.ts, over its IPC channel) that it
 * listens, and on which port: how the launcher learns the port when it let the part pick one
 * (PORT=0). Without such a parent (in production), nothing.
 */
export function announceListening(port: number): void {
  if (process.send && process.connected) process.send({ event: 'listening', port });
}
