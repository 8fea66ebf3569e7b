/**
 * The benchmark's processes: starting them (bench/*.ts children with tsx, Hive Gateway), and
 * stopping every one of them on exit, on error and on Ctrl-C; the access log's database schema.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { migrateConfigured } from '../gateway/access-log/migrate-main.js';
import { readSupergraph } from '../schema/supergraph.js';
import type { FromChild, SubgraphInfo } from './common.js';
import { config } from '../runtime/config.js';

export const BENCH_DIR = fileURLToPath(new URL('./', import.meta.url));
export const ROOT = fileURLToPath(new URL('../', import.meta.url));
const HIVE_BIN = fileURLToPath(new URL('../node_modules/@graphql-hive/gateway/dist/bin.js', import.meta.url));

const children = new Set<ChildProcess>();

function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Stops one child: politely (IPC or SIGTERM), then for good after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 8000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // (a callback: a channel closing meanwhile is an error passed here, not an unhandled 'error' event)
  if (child.connected) child.send({ type: 'stop' }, (error) => error && child.kill('SIGTERM'));
  else child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** What to undo once every child has stopped (the access log's schema). */
const cleanups: Array<() => Promise<void>> = [];

export const stopAll = async () => {
  await Promise.all([...children].map((c) => stopChild(c)));
  for (const cleanup of cleanups.splice(0))
    await cleanup().catch((error: unknown) => console.error(`cleanup: ${error instanceof Error ? error.message : String(error)}`));
};

process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
let interrupted = false;
/** Whether a signal is stopping everything (then a failing main() leaves it to the signal handler). */
export const isInterrupted = () => interrupted;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping everything the benchmark started...`);
    void stopAll().finally(() => process.exit(130));
  });
}

/**
 * Our access log's database: a schema of its own in PostgreSQL (BENCH_DATABASE_URL, by default the
 * machine's `test` database), dropped at the end. Undefined when PostgreSQL cannot be reached:
 * the access log then falls back to PGlite in memory, and the report says so.
 */
export async function benchDatabase(stamp: string): Promise<{ url: string } | undefined> {
  const base = config().BENCH_DATABASE_URL;
  const schema = `bench_${stamp.replace(/\W/g, '_').toLowerCase()}`;
  const client = new pg.Client({ connectionString: base, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
  } catch (error) {
    await client.end().catch(() => undefined);
    console.log(`PostgreSQL is not reachable (${error instanceof Error ? error.message : String(error)}): the access log falls back to PGlite in memory`);
    return undefined;
  }
  cleanups.push(async () => {
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
    await client.end();
  });
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  // the gateway only checks the schema, as in production: migrate it first (npm run migrate)
  await migrateConfigured({ DATABASE_URL: url.href });
  return { url: url.href };
}

function logFile(dir: string, name: string): number {
  return openSync(`${dir}/${name}.log`, 'a');
}

/**
 * A bench/*.ts child with tsx (or a compiled `.js` entry, relative to the repository, on plain Node),
 * its output in the run's folder; resolves with its `ready` message.
 */
export async function forkChild(
  runDir: string,
  name: string,
  script: string,
  env: Record<string, string>,
  extraExecArgv: string[] = [],
  timeoutMs = 120_000,
): Promise<{ child: ChildProcess; ready: Extract<FromChild, { type: 'ready' }> }> {
  const out = logFile(runDir, name);
  const child = track(
    fork(script.endsWith('.js') ? `${ROOT}${script}` : `${BENCH_DIR}${script}`, [], {
      cwd: ROOT,
      execArgv: script.endsWith('.js') ? extraExecArgv : ['--import', 'tsx', ...extraExecArgv],
      env: { LOG_LEVEL: 'warn', ...process.env, ...env },
      stdio: ['ignore', out, out, 'ipc'],
    }),
  );
  const ready = await new Promise<Extract<FromChild, { type: 'ready' }>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} was not ready within ${timeoutMs / 1000} s (see ${runDir}/${name}.log)`)), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before it was ready (see ${runDir}/${name}.log)`));
    });
    child.on('message', (m: FromChild) => {
      if (m.type === 'ready') {
        clearTimeout(timer);
        resolve(m);
      }
    });
  });
  return { child, ready };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The supergraph as Hive gets it: our running subgraphs' URLs; the gateway's own access-log subgraph pointed at nothing. */
export function hiveSupergraph(subgraphs: SubgraphInfo[]): string {
  const urls = new Map(subgraphs.map((s) => [s.name, s.url]));
  return readSupergraph().replace(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g, (_all, name: string) => {
    // The benchmark's operations never select `accessLog`: a refused connection if anything did.
    const url = urls.get(name) ?? 'http://127.0.0.1:9/access-log-is-not-served-by-hive';
    return `@join__graph(name: "${name}", url: "${url}")`;
  });
}

export async function startHive(runDir: string, name: string, supergraphFile: string, dedup: boolean): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const out = logFile(runDir, name);
  const child = track(
    spawn(
      process.execPath,
      [HIVE_BIN, 'supergraph', supergraphFile, '--port', String(port), '--host', '127.0.0.1', '-c', `${BENCH_DIR}hive-gateway.config.ts`],
      {
        cwd: runDir,
        env: { ...process.env, LOG_LEVEL: 'warn', BENCH_HIVE_DEDUP: dedup ? 'on' : 'off', BENCH_PARENT_PID: String(process.pid) },
        stdio: ['ignore', out, out],
      },
    ),
  );
  const url = `http://127.0.0.1:${port}/graphql`;
  const end = Date.now() + 180_000; // slow on a busy machine: it compiles its config and loads the supergraph
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} (see ${runDir}/${name}.log)`);
    const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return { child, url };
    await sleep(200);
  }
  throw new Error(`${name} did not answer within 180 s (see ${runDir}/${name}.log)`);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
