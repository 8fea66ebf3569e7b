/**
 * A real Redis Cluster of three masters (no replicas) on free loopback ports, for tests: each
 * `redis-server --cluster-enabled yes` keeps its nodes.conf in a temporary directory, so a master
 * killed can be restarted on the same port and rejoin with the slots it had.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Cluster, type Redis } from 'ioredis';
import { freePort, stop, until } from './processes.js';

const run = promisify(execFile);

export interface RedisClusterForTest {
  /** `redis-cluster://127.0.0.1:P1,127.0.0.1:P2,127.0.0.1:P3`: the form REDIS_URL takes for a cluster. */
  url: string;
  ports: number[];
  /** Kills master `i` (SIGKILL: nothing is saved, as in a crash). */
  kill(i: number): Promise<void>;
  /** Starts master `i` again on its port with its nodes.conf, and waits until the cluster is whole. */
  restart(i: number): Promise<void>;
  /** A client of its own (close it), for inspecting keys in tests. */
  inspector(): Cluster;
  close(): Promise<void>;
}

async function clusterState(port: number): Promise<string> {
  const { stdout } = await run('redis-cli', ['-h', '127.0.0.1', '-p', String(port), 'cluster', 'info']);
  return /cluster_state:(\w+)/.exec(stdout)?.[1] ?? 'unknown';
}

export async function startRedisCluster(): Promise<RedisClusterForTest> {
  const dir = mkdtempSync(join(tmpdir(), 'redis-cluster-'));
  const ports = [await freePort(), await freePort(), await freePort()];
  const children: ChildProcess[] = [];
  const start = (i: number) => {
    const port = ports[i]!;
    children[i] = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        dir,
        '--cluster-enabled',
        'yes',
        '--cluster-config-file',
        `nodes-${port}.conf`,
        // a master gone is seen within a second; the others keep serving their own slots
        '--cluster-node-timeout',
        '1000',
        '--cluster-require-full-coverage',
        'no',
      ],
      { stdio: 'ignore' },
    );
  };
  const whole = () => until(async () => (await Promise.all(ports.map(clusterState))).every((s) => s === 'ok'), 'cluster_state:ok', 20_000);
  for (const i of ports.keys()) start(i);
  try {
    await until(async () => (await Promise.all(ports.map(clusterState))).length === 3, 'the cluster nodes');
    await run('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-yes']);
    await whole();
  } catch (error) {
    await Promise.all(children.map((c) => stop(c)));
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `redis-cluster://${ports.map((p) => `127.0.0.1:${p}`).join(',')}`,
    ports,
    kill: (i) => stop(children[i]!),
    restart: async (i) => {
      start(i);
      await whole();
    },
    inspector: () => new Cluster(ports.map((port) => ({ host: '127.0.0.1', port }))),
    close: async () => {
      await Promise.all(children.map((c) => stop(c)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What the cache tests look at in Redis, on one Redis or across a Cluster's masters. */
export interface KeyInspector {
  keys(pattern: string): Promise<string[]>;
  get(key: string): Promise<string | null>;
  type(key: string): Promise<string>;
  pttl(key: string): Promise<number>;
  del(keys: readonly string[]): Promise<void>;
  close(): void;
}

export async function keyInspector(client: Redis | Cluster): Promise<KeyInspector> {
  await client.ping();
  const keys = async (pattern: string) =>
    client instanceof Cluster ? (await Promise.all(client.nodes('master').map((node) => node.keys(pattern)))).flat() : client.keys(pattern);
  return {
    keys,
    get: (key) => client.get(key),
    type: (key) => client.type(key),
    pttl: (key) => client.pttl(key),
    del: async (list) => void (await Promise.all(list.map((key) => client.del(key)))),
    close: () => client.disconnect(),
  };
}

/**
 * Counts the round trips a client makes to each node: a command, or a pipeline of them, is one
 * write on the node's socket. `take()` returns the writes per node since the last take.
 */
export function roundTrips(client: Redis | Cluster): { take(): number[] } {
  const nodes = client instanceof Cluster ? client.nodes('master') : [client];
  const counts = nodes.map(() => 0);
  nodes.forEach((node, i) => {
    const stream = node.stream as NodeJS.WritableStream;
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    stream.write = ((...args: unknown[]) => {
      counts[i]!++;
      return write(...args);
    }) as typeof stream.write;
  });
  return { take: () => counts.splice(0, counts.length, ...counts.map(() => 0)) };
}
