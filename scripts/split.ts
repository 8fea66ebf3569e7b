/**
 * The whole system as production runs it: every mock state system, every subgraph and the
 * gateway, each in an OS process of its own (`subgraphs/mocks/main.ts <name>`,
 * `subgraphs/<name>/index.ts`, `gateway/index.ts`), wired by URL through the environment.
 * `npm run start:split` runs it; its test runs it on free ports.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DEFAULT_GATEWAY_PORT, defaultMockPort, defaultSubgraphPort } from '../schema/sections.js';
import { availableSubgraphs } from './system.js';

export interface SplitOptions {
  /** Where every part listens (HOST, default 127.0.0.1). */
  host?: string;
  /**
   * 'default': the default ports (gateway PORT or 4000, subgraphs 4001-4007, state systems
   * 4101-4107) plus `portOffset`; 'free': ports the system has free now (tests).
   */
  ports?: 'default' | 'free';
  portOffset?: number;
  /** More environment for every part (the launcher's own environment is passed on). */
  env?: Record<string, string>;
  /** Each line a part writes (stdout and stderr), prefixed with the part's name. */
  output?: (line: string, part: string) => void;
  /** How long every part gets to answer its health check. */
  startTimeoutMs?: number;
}

export interface Part {
  kind: 'state-system' | 'subgraph' | 'gateway';
  /** `gateway`, the subgraph's name, or `<subgraph>-state-system`. */
  name: string;
  /** Base URL (no path). */
  url: string;
  child: ChildProcess;
}

export interface SplitSystem {
  gatewayUrl: string;
  parts: Part[];
  /** Resolves with a part's exit code when it exits (null when a signal ended it). */
  exited(part: Part): Promise<number | null>;
  /** SIGTERM to every part still running (the gateway first); resolves with their exit codes by name. */
  stop(): Promise<Record<string, number | null>>;
}

const root = fileURLToPath(new URL('..', import.meta.url));

async function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const envName = (subgraph: string) => subgraph.toUpperCase().replace(/-/g, '_');

export async function launchSplit(options: SplitOptions = {}): Promise<SplitSystem> {
  const host = options.host ?? '127.0.0.1';
  const reach = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const offset = options.portOffset ?? 0;
  const portOf = async (fixed: number) => (options.ports === 'free' ? freePort(host) : fixed + offset);
  const output = options.output ?? ((line: string) => console.log(line));
  const parts: Part[] = [];
  const exits = new Map<Part, Promise<number | null>>();

  const start = (kind: Part['kind'], name: string, port: number, args: string[], env: Record<string, string> = {}): Part => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: root,
      env: { ...process.env, ...options.env, ...env, HOST: host, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const part: Part = { kind, name, url: `http://${reach}:${port}`, child };
    const width = 28;
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => output(`${`[${name}]`.padEnd(width)} ${line}`, name));
    }
    exits.set(part, new Promise((resolve) => child.once('exit', (code) => resolve(code))));
    parts.push(part);
    return part;
  };

  const stop = async (): Promise<Record<string, number | null>> => {
    // the gateway first, then the subgraphs, then their state systems: nothing is asked of a part already gone
    const order: Part['kind'][] = ['gateway', 'subgraph', 'state-system'];
    const codes: Record<string, number | null> = {};
    for (const kind of order) {
      const these = parts.filter((p) => p.kind === kind);
      for (const p of these) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGTERM');
      for (const p of these) codes[p.name] = await exits.get(p)!;
    }
    return codes;
  };

  try {
    const subgraphUrls: Record<string, string> = {};
    for (const name of availableSubgraphs()) {
      const mock = start('state-system', `${name}-state-system`, await portOf(defaultMockPort(name)), ['subgraphs/mocks/main.ts', name]);
      const subgraph = start('subgraph', name, await portOf(defaultSubgraphPort(name)), [`subgraphs/${name}/index.ts`], { STATE_SYSTEM_URL: mock.url });
      subgraphUrls[`SUBGRAPH_URL_${envName(name)}`] = `${subgraph.url}/graphql`;
    }
    const gateway = start('gateway', 'gateway', await portOf(Number(process.env.PORT ?? DEFAULT_GATEWAY_PORT)), ['gateway/index.ts'], subgraphUrls);
    await Promise.all(parts.map((p) => healthy(p, exits.get(p)!, options.startTimeoutMs ?? 120_000)));
    return { gatewayUrl: `${gateway.url}/graphql`, parts, exited: (p) => exits.get(p)!, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Waits until a part answers its health check; fails when it exits first or takes too long. */
async function healthy(part: Part, exit: Promise<number | null>, timeoutMs: number): Promise<void> {
  const path = part.kind === 'state-system' ? '/_mock/stats' : '/health';
  let exited: number | null | undefined;
  void exit.then((code) => (exited = code));
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (exited !== undefined) throw new Error(`${part.name} exited with code ${exited} before it was up`);
    const ok = await fetch(`${part.url}${path}`, { signal: AbortSignal.timeout(1000) }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${part.name} did not answer ${path} within ${timeoutMs} ms`);
}
