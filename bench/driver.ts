/**
 * The benchmark's load driver, a process of its own (forked by bench/run.ts): runs autocannon
 * programmatically for each job it is sent over IPC, and answers with the figures as JSON (also
 * printed on stdout, one line a run).
 *
 * It counts what autocannon does not: a 200 that carries GraphQL `errors` is an error here, and
 * latency percentiles (p95 included) are computed from every response's own time.
 *
 * Who is asking: `bearer` jobs send a development token (issued once per person and kept);
 * `caller` jobs send the signed caller context a subgraph expects (x-dossier-caller, the same
 * secret as the system's), signed afresh for each run because it expires after 60 s.
 *
 * Plan jobs (bench/plan-floor.ts) are not autocannon's: the driver itself sends a query plan's
 * subgraph requests, step after step, over a keep-alive agent, one loop per connection.
 */
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { issueDevToken } from '../gateway/auth.js';
import { CALLER_HEADER, callerKey, signCaller } from '../schema/caller.js';
import { postText } from '../runtime/http-post.js';
import { secretFrom } from '../runtime/secrets.js';
import {
  percentile,
  watchParent,
  type BenchPerson,
  type FromChild,
  type LoadJob,
  type LoadResult,
  type PlanJob,
  type Precheck,
  type ToChild,
} from './common.js';

const secret = secretFrom('INTERNAL_SECRET', 'internalSecret');
const tokens = new Map<string, string>();

async function headerFor(job: Pick<LoadJob, 'auth'>, person: BenchPerson): Promise<[string, string]> {
  const login = person.login ?? 'EDS';
  if (job.auth === 'bearer') {
    const key = `${person.iin}:${login}`;
    let token = tokens.get(key);
    if (!token) tokens.set(key, (token = await issueDevToken(person.iin, { login })));
    return ['authorization', `Bearer ${token}`];
  }
  const caller = await signCaller({ iin: person.iin, login, requestId: randomUUID(), client: 'bench', wards: person.wards }, callerKey(secret));
  return [CALLER_HEADER, caller];
}

/** The first request of a job: its body and its person (the mix's first request, or the body for the first person). */
const firstOf = (job: LoadJob) =>
  job.sequence?.[0]
    ? { body: job.sequence[0].body, person: job.persons[job.sequence[0].person]!, client: job.sequence[0].client }
    : { body: job.body, person: job.persons[0]!, client: undefined };

const hasErrors = (body: string) => body.includes('"errors":');

/** One request as the first person of the job, checked: a 200, no GraphQL `errors`, data at the root. */
export async function precheck(job: LoadJob): Promise<Precheck> {
  const first = firstOf(job);
  const header = await headerFor(job, first.person);
  try {
    const response = await fetch(job.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [header[0]]: header[1], ...(first.client && { 'apollographql-client-name': first.client }) },
      body: first.body,
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    let data: unknown = null;
    try {
      data = (JSON.parse(text) as { data?: Record<string, unknown> | null }).data;
    } catch {
      // not JSON: not ok
    }
    const root = data && typeof data === 'object' ? Object.values(data)[0] : null;
    const ok = response.status === 200 && !hasErrors(text) && root !== null && root !== undefined;
    return { ok, status: response.status, excerpt: text.slice(0, 400), ...(ok && { data }) };
  } catch (error) {
    return { ok: false, status: 0, excerpt: error instanceof Error ? error.message : String(error) };
  }
}

/** Each person's request once, `connections` at a time (a failed one tried twice more); ok when every person got a clean answer. */
export async function prime(job: LoadJob): Promise<Precheck> {
  let next = 0;
  let failed = 0;
  let sample = '';
  const ask = async (person: BenchPerson) => {
    const [name, value] = await headerFor(job, person);
    return postText(job.url, { 'content-type': 'application/json', accept: 'application/json', [name]: value }, job.body, 30_000).catch((error: unknown) => ({
      status: 0,
      text: error instanceof Error ? error.message : String(error),
    }));
  };
  const worker = async () => {
    while (next < job.persons.length) {
      const person = job.persons[next++]!;
      let answer = await ask(person);
      for (let attempt = 1; attempt < 3 && (answer.status !== 200 || hasErrors(answer.text)); attempt++) answer = await ask(person);
      if (answer.status !== 200 || hasErrors(answer.text)) {
        failed++;
        sample ||= answer.text.slice(0, 400);
      }
    }
  };
  await Promise.all(Array.from({ length: job.connections }, worker));
  return { ok: failed === 0, status: 200, excerpt: failed ? `${failed} of ${job.persons.length} answers were not clean: ${sample}` : '' };
}

export async function runLoad(job: LoadJob): Promise<LoadResult> {
  // Every header signed before the load starts, so the load measures the target alone.
  const headers: Array<[string, string]> = [];
  for (const person of job.persons) headers.push(await headerFor(job, person));

  if (job.sequence) return runMixed(job, headers);
  let next = 0;
  let non2xx = 0;
  let graphqlErrors = 0;
  let errorSample: string | undefined;
  const latencies: number[] = [];
  const many = headers.length > 1;
  let finished!: (result: autocannon.Result) => void;
  let failed!: (error: unknown) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finished = resolve;
    failed = reject;
  });
  const instance = autocannon(
    {
      url: job.url,
      method: 'POST',
      connections: job.connections,
      duration: job.durationSec,
      timeout: 10,
      headers: { 'content-type': 'application/json', ...(many ? {} : Object.fromEntries(headers)) },
      body: job.body,
      requests: [
        {
          // each request the next person (the cold scenario); one person: nothing to set up
          ...(many && {
            setupRequest: (request) => {
              const [name, value] = headers[next++ % headers.length]!;
              return { ...request, headers: { ...request.headers, [name]: value } };
            },
          }),
          onResponse: (status, body) => {
            if (status < 200 || status >= 300) {
              non2xx++;
              errorSample ??= `HTTP ${status}: ${body.slice(0, 300)}`;
            } else if (hasErrors(body)) {
              graphqlErrors++;
              errorSample ??= body.slice(0, 300);
            }
          },
        },
      ],
    },
    (error: unknown, result: autocannon.Result) => (error ? failed(error) : finished(result)),
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => void latencies.push(responseTime));
  const result = await done;
  return {
    ...summary(latencies, result.duration),
    non2xx,
    graphqlErrors,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    ...(errorSample !== undefined && { errorSample }),
    personsUsed: many ? Math.min(next, headers.length) : 1,
    reused: many && next > headers.length,
  };
}

/** A mixed load: the job's sequence in turn, each request with its person's credentials and its client's name. */
async function runMixed(job: LoadJob, headers: Array<[string, string]>): Promise<LoadResult> {
  const sequence = job.sequence!;
  let next = 0;
  let non2xx = 0;
  let graphqlErrors = 0;
  let errorSample: string | undefined;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.url,
        method: 'POST',
        connections: job.connections,
        duration: job.durationSec,
        timeout: 10,
        headers: { 'content-type': 'application/json' },
        requests: [
          {
            setupRequest: (request) => {
              const item = sequence[next++ % sequence.length]!;
              const [name, value] = headers[item.person]!;
              return { ...request, body: item.body, headers: { ...request.headers, [name]: value, 'apollographql-client-name': item.client } };
            },
            onResponse: (status, body) => {
              if (status < 200 || status >= 300) {
                non2xx++;
                errorSample ??= `HTTP ${status}: ${body.slice(0, 300)}`;
              } else if (hasErrors(body)) {
                graphqlErrors++;
                errorSample ??= body.slice(0, 300);
              }
            },
          },
        ],
      },
      (error: unknown, done: autocannon.Result) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => void latencies.push(responseTime));
  });
  return {
    ...summary(latencies, result.duration),
    non2xx,
    graphqlErrors,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    ...(errorSample !== undefined && { errorSample }),
    personsUsed: Math.min(next, sequence.length),
    reused: next > sequence.length,
  };
}

/** Throughput and latency percentiles of a run's response times (ms). */
function summary(latencies: number[], durationSec: number): Pick<LoadResult, 'requests' | 'durationSec' | 'rps' | 'latency'> {
  latencies.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  const mean = latencies.length ? latencies.reduce((a, b) => a + b, 0) / latencies.length : Number.NaN;
  return {
    requests: latencies.length,
    durationSec,
    rps: Math.round((latencies.length / durationSec) * 10) / 10,
    latency: {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      mean: round(mean),
      max: round(latencies[latencies.length - 1] ?? Number.NaN),
    },
  };
}

/** Why one pass of a plan failed: how it is counted, and the beginning of what came back. */
type PassFailure = { kind: 'non2xx' | 'graphql' | 'socket'; status: number; excerpt: string };

/** One pass of a plan: the steps in order, a step's requests at once; the first bad answer fails it. */
async function planPass(steps: PlanJob['steps'], headers: Record<string, string>): Promise<PassFailure | undefined> {
  try {
    for (const step of steps) {
      const answers = await Promise.all(step.map((fetch) => postText(fetch.url, headers, fetch.body, 10_000)));
      for (const { status, text } of answers) {
        if (status < 200 || status >= 300) return { kind: 'non2xx', status, excerpt: text.slice(0, 400) };
        if (hasErrors(text) || !text.startsWith('{"data":{')) return { kind: 'graphql', status, excerpt: text.slice(0, 400) };
      }
    }
    return undefined;
  } catch (error) {
    return { kind: 'socket', status: 0, excerpt: error instanceof Error ? error.message : String(error) };
  }
}

/** Each person's request headers, in the job's order: a pass uses the next one. */
async function planHeaders(job: PlanJob): Promise<Array<Record<string, string>>> {
  const all: Array<Record<string, string>> = [];
  for (const person of job.persons) {
    const [name, value] = await headerFor({ auth: 'caller' }, person);
    all.push({ 'content-type': 'application/json', accept: 'application/json', [name]: value });
  }
  return all;
}

/** One pass of the plan, checked as `precheck` checks a request. */
export async function precheckPlan(job: PlanJob): Promise<Precheck> {
  const failure = await planPass(job.steps, (await planHeaders(job))[0]!);
  return failure ? { ok: false, status: failure.status, excerpt: failure.excerpt } : { ok: true, status: 200, excerpt: '' };
}

/**
 * A plan's requests for `durationSec`, by `connections` loops of passes; a pass counts as one
 * operation, its time from the first request out to the last answer in. A failed pass is counted
 * as an error, not as a latency.
 */
export async function runPlan(job: PlanJob): Promise<LoadResult> {
  const headers = await planHeaders(job);
  let next = 0;
  const latencies: number[] = [];
  const failures = { non2xx: 0, graphql: 0, socket: 0 };
  let errorSample: string | undefined;
  const started = performance.now();
  const end = started + job.durationSec * 1000;
  const loop = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      const failure = await planPass(job.steps, headers[next++ % headers.length]!);
      if (!failure) latencies.push(performance.now() - t0);
      else {
        failures[failure.kind]++;
        errorSample ??= failure.excerpt.slice(0, 300);
      }
    }
  };
  await Promise.all(Array.from({ length: job.connections }, loop));
  return {
    ...summary(latencies, (performance.now() - started) / 1000),
    non2xx: failures.non2xx,
    graphqlErrors: failures.graphql,
    socketErrors: failures.socket,
    timeouts: 0,
    ...(errorSample !== undefined && { errorSample }),
    personsUsed: Math.min(next, headers.length),
    reused: headers.length > 1 && next > headers.length,
  };
}

if (process.send) {
  watchParent(() => process.exit(1));
  process.on('message', (m: ToChild) => {
    if (m.type === 'stop') process.exit(0);
    if (m.type === 'check' || m.type === 'prime' || (m.type === 'plan' && m.check)) {
      const checked = m.type === 'check' ? precheck(m.job) : m.type === 'prime' ? prime(m.job) : precheckPlan(m.job);
      checked.then((check) => process.send!({ type: 'done', id: m.id, check } satisfies FromChild));
      return;
    }
    if (m.type !== 'load' && m.type !== 'plan') return;
    (m.type === 'load' ? runLoad(m.job) : runPlan(m.job)).then(
      (result) => {
        console.log(JSON.stringify(result));
        process.send!({ type: 'done', id: m.id, result } satisfies FromChild);
      },
      (error: unknown) => process.send!({ type: 'failed', id: m.id, message: error instanceof Error ? error.message : String(error) } satisfies FromChild),
    );
  });
  process.send({ type: 'ready' } satisfies FromChild);
}
