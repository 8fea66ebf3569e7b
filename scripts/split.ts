/**
 * The whole system as production runs it: every mock state system, every subgraph and the
 * gateway, each in an OS process of its own (`subgraphs/mocks/main.ts <name>`,
 * `subgraphs/<name>/index.ts`, `gateway/index.ts`), wired by URL through the environment.
 * `npm run start:split` runs it; its test runs it on free ports.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DEFAULT_GATEWAY_PORT, defaultMockPort, defaultSubgraphPort } from '../schema/sections.js';
import { availableSubgraphs } from './system.js';
import { config } from '../runtime/config.js';

export interface SplitOptions {
  /** Where every part listens (HOST, default 127.0.0.1). */
  host?: string;
  /**
   * 'default': the default ports (gateway PORT or 4000, subgraphs 4001-4007, state systems
   * 4101-4107) plus `portOffset`; 'free': each part takes a free port (tests).
   */
  ports?: 'default' | 'free';
  portOffset?: number;
  /** More environment for every part (the launcher's own environment is passed on). */
  env?: Record<string, string>;
  /** Each line a part writes (stdout and stderr), prefixed with the part's name. */
  output?: (line: string, part: string) => void;
  /** How long all the parts together get to start and answer their health checks. */
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

const envName = (subgraph: string) => subgraph.toUpperCase().replace(/-/g, '_');

export async function launchSplit(options: SplitOptions = {}): Promise<SplitSystem> {
  const host = options.host ?? '127.0.0.1';
  const reach = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const offset = options.portOffset ?? 0;
  // 'free': each part listens on a port the system gives it (PORT=0) and tells us which, so no
  // port is picked here and lost to another process before the part binds it
  const portOf = (fixed: number) => (options.ports === 'free' ? 0 : fixed + offset);
  const output = options.output ?? ((line: string) => console.log(line));
  const timeoutMs = options.startTimeoutMs ?? 180_000;
  // one deadline for the whole start: a caller that gives up later than this always gets the parts stopped
  const deadline = Date.now() + timeoutMs;
  const parts: Part[] = [];
  const exits = new Map<Part, Promise<number | null>>();

  /** Starts a part and resolves once it listens (its port announced over IPC) and answers its health check. */
  const start = async (kind: Part['kind'], name: string, port: number, args: string[], env: Record<string, string> = {}): Promise<Part> => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: root,
      env: { ...process.env, ...options.env, ...env, HOST: host, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => output(`${`[${name}]`.padEnd(28)} ${line}`, name));
    }
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const part: Part = { kind, name, url: '', child };
    exits.set(part, exit);
    parts.push(part);
    const listening = await Promise.race([
      new Promise<number>((resolve) => child.on('message', (m: { event?: string; port?: number }) => m.event === 'listening' && resolve(m.port!))),
      exit.then((code) => Promise.reject(new Error(`${name} exited with code ${code} before it was up`))),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${name} did not start within ${timeoutMs} ms`)), deadline - Date.now()).unref()),
    ]);
    part.url = `http://${reach}:${listening}`;
    await healthy(part, exit, deadline - Date.now());
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
    // the state systems, then the subgraphs that call them, then the gateway over the subgraphs
    const names = availableSubgraphs();
    const mocks = await Promise.all(
      names.map((name) => start('state-system', `${name}-state-system`, portOf(defaultMockPort(name)), ['subgraphs/mocks/main.ts', name])),
    );
    const subgraphs = await Promise.all(
      names.map((name, i) => start('subgraph', name, portOf(defaultSubgraphPort(name)), [`subgraphs/${name}/index.ts`], { STATE_SYSTEM_URL: mocks[i]!.url })),
    );
    const subgraphUrls = Object.fromEntries(subgraphs.map((s) => [`SUBGRAPH_URL_${envName(s.name)}`, `${s.url}/graphql`]));
    const gateway = await start('gateway', 'gateway', portOf(config().PORT ?? DEFAULT_GATEWAY_PORT), ['gateway/index.ts'], subgraphUrls);
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
    const ok = await fetch(`${part.url}${path}`, { signal: AbortSignal.timeout(1000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${part.name} did not answer ${path} within ${timeoutMs} ms`);
}
