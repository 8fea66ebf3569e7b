/** Real processes for failure tests: a private redis-server, a subgraph in its own process. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

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

export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what} did not come up within ${timeoutMs} ms`);
}

const connects = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = new Socket();
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1');
  });

/** A redis-server of this test's own, on a given port, keeping nothing on disk. */
export async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await until(() => connects(port), `redis-server on ${port}`);
  return child;
}

export async function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  await exited;
}

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * A part of the system in its own Node process, on a port it picks itself (PORT=0): its own
 * `listening` log line says where, so no other server that took a port meanwhile is mistaken for it.
 * Its warnings and errors go to this process's stderr. Killed if it is not up within `timeoutMs`.
 */
async function startPart(script: string, env: Record<string, string>, what: string, timeoutMs = 180_000): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not come up within ${timeoutMs} ms`)), timeoutMs);
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`${what} exited (${code}) before it was up`))));
    createInterface({ input: child.stderr! }).on('line', (line) => {
      let entry: { event?: string; url?: string; level?: string } = {};
      try {
        entry = JSON.parse(line) as typeof entry;
      } catch {
        // not a log line of ours: shown as it is
      }
      if (entry.event === 'listening' && entry.url) {
        clearTimeout(timer);
        resolve(entry.url);
      } else if (entry.level !== 'info' && entry.level !== 'debug') process.stderr.write(`${line}\n`);
    });
  });
  try {
    return { child, url: await url };
  } catch (error) {
    await stop(child);
    throw error;
  }
}

/** One subgraph in its own process (its index.ts), as in production. */
export const startSubgraphProcess = (name: string, env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> =>
  startPart(`subgraphs/${name}/index.ts`, env, `subgraph ${name}`);

/** The gateway in its own process (gateway/index.ts), as in production; SUBGRAPH_URL_<NAME> in `env` points it at subgraphs. */
export const startGatewayProcess = (env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> =>
  startPart('gateway/index.ts', env, 'gateway');
