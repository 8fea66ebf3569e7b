/**
 * What the benchmark's processes share: the messages they exchange over IPC, and small helpers
 * (request/answer over IPC, a watchdog that ends a child whose parent is gone, process stats).
 */
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { AccessLog } from '../gateway/access-log/store.js';

/** A person the driver sends requests as: their IIN and their wards (children under 18). */
export interface BenchPerson {
  iin: string;
  wards: string[];
  /** How they logged in; EDS when not said. */
  login?: 'EDS' | 'SMS' | 'PASSWORD';
}

/** One request of a mixed load: its body, whom it is about (an index into the job's persons), the client sending it. */
export interface MixedRequest {
  body: string;
  person: number;
  client: string;
}

export interface SubgraphInfo {
  name: string;
  url: string;
  mockUrl: string;
}

/** A load run, as the driver performs it. */
export interface LoadJob {
  /** Where to POST (a gateway's or a subgraph's /graphql). */
  url: string;
  /** The JSON body sent with every request. */
  body: string;
  connections: number;
  durationSec: number;
  /**
   * How a request says who is asking: `bearer` a development token (our gateway), `caller` a
   * pre-signed caller context header (Hive Gateway and a subgraph, which verify nothing else).
   */
  auth: 'bearer' | 'caller';
  /**
   * Whom the requests are about: one person (every request alike), or many: each request the
   * next person, never one twice in a run (the cold scenario). With `precheck`, the first one is
   * used for the check and left out of the load.
   */
  persons: BenchPerson[];
  /**
   * A mixed load (the portal mix): request after request this sequence, in turn, instead of `body`
   * for `persons` one after another; each with the person's credentials and the client's name.
   */
  sequence?: MixedRequest[];
}

/**
 * The floor under any gateway (bench/plan-floor.ts): a query plan's subgraph requests sent by the
 * driver itself, step after step, each step's requests at once, by `connections` users in a loop.
 * Every request of a pass carries the signed caller context of that pass's person.
 */
export interface PlanJob {
  steps: Array<Array<{ url: string; body: string }>>;
  connections: number;
  durationSec: number;
  /** Whom each pass is about, in turn (the requests differ only in the caller context: the plan has root fetches alone when there are several). */
  persons: BenchPerson[];
}

/** What one request sent before a load answered: a 200 without GraphQL `errors` and with data is ok. */
export interface Precheck {
  ok: boolean;
  status: number;
  excerpt: string;
  /** The answer's data, when ok: to compare what two gateways answered. */
  data?: unknown;
}

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

export interface LoadResult {
  /** Responses received during the run. */
  requests: number;
  durationSec: number;
  rps: number;
  /** Of every response (ms). */
  latency: LatencySummary;
  /** Responses that were not 2xx. */
  non2xx: number;
  /** 2xx responses carrying GraphQL `errors` (autocannon would count them as successes). */
  graphqlErrors: number;
  /** Connection errors and timeouts, as autocannon counts them. */
  socketErrors: number;
  timeouts: number;
  /** One failed response's beginning, to say what went wrong. */
  errorSample?: string;
  /** Persons used by the load (many-person runs); `reused` when the list ran out and started over. */
  personsUsed: number;
  reused: boolean;
}

export type ToChild =
  | { type: 'load'; id: number; job: LoadJob }
  | { type: 'check'; id: number; job: LoadJob }
  /** A plan run; with `check`, one pass of the plan checked as a precheck is, instead of a load. */
  | { type: 'plan'; id: number; job: PlanJob; check?: boolean }
  /** Each person's request once (the job's body), `connections` at a time: caches what the many-citizen scenarios read. */
  | { type: 'prime'; id: number; job: LoadJob }
  | { type: 'clear-cache'; id: number }
  | { type: 'stop' };

export type FromChild =
  | {
      type: 'ready';
      gatewayUrl?: string;
      subgraphs?: SubgraphInfo[];
      mockUrls?: Record<string, string>;
      coldPool?: BenchPerson[];
      population?: number;
      accessLog?: string;
    }
  | { type: 'done'; id: number; result?: LoadResult; check?: Precheck }
  | { type: 'failed'; id: number; message: string };

/** An access log that keeps nothing (a gateway nobody drives; or `--access-log=none`). */
export const nullAccessLog: AccessLog = {
  record: async () => undefined,
  list: async () => ({ entries: [], endCursor: null, hasNextPage: false }),
  close: async () => undefined,
};

let nextId = 1;

/** Sends a request to a child over IPC and resolves with its answer (bounded by `timeoutMs`). */
type Done = Extract<FromChild, { type: 'done' }>;

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export function ask(child: ChildProcess, message: WithoutId<Extract<ToChild, { id: number }>>, timeoutMs: number): Promise<Done> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`${message.type}: no answer within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    const onMessage = (m: FromChild) => {
      if (m.type === 'done' && m.id === id) finish(undefined, m);
      else if (m.type === 'failed' && m.id === id) finish(new Error(m.message));
    };
    const onExit = () => finish(new Error(`${message.type}: the process exited`));
    function finish(error?: Error, done?: Done) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(done!);
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send({ ...message, id } as ToChild);
  });
}

/**
 * Ends this process when its parent is gone (the benchmark's orchestrator was killed outright):
 * a child is re-parented then, or its IPC channel closes.
 */
export function watchParent(stop: () => void): void {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop();
  }, 1000).unref();
  process.once('disconnect', stop);
}

// ---------------------------------------------------------------------------------------------
// Process statistics from /proc (Linux)

const CLOCK_TICKS_PER_SECOND = 100;

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

/** A process and every descendant of it. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProc(Number(entry), 'stat');
    if (!stat) continue;
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  const tree: number[] = [];
  const visit = (pid: number) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return tree;
}

/** Resident set size of one process (bytes), 0 when it is gone. */
export function rssOf(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readProc(pid, 'status') ?? '');
  return match ? Number(match[1]) * 1024 : 0;
}

/** CPU time (user + system) one process has used (ms), 0 when it is gone. */
export function cpuMsOf(pid: number): number {
  const stat = readProc(pid, 'stat');
  if (!stat) return 0;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // after the command: state(0) ppid(1) ... utime(11) stime(12)
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The value below which `p` percent of the sorted values fall (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}
