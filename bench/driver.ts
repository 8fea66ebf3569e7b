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
 */
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { issueDevToken } from '../gateway/auth.js';
import { CALLER_HEADER, callerKey, signCaller } from '../schema/caller.js';
import { secretFrom } from '../schema/secrets.js';
import { percentile, watchParent, type BenchPerson, type FromChild, type LoadJob, type LoadResult, type Precheck, type ToChild } from './common.js';

const secret = secretFrom('INTERNAL_SECRET', 'internalSecret');
const tokens = new Map<string, string>();

async function headerFor(job: LoadJob, person: BenchPerson): Promise<[string, string]> {
  if (job.auth === 'bearer') {
    let token = tokens.get(person.iin);
    if (!token) tokens.set(person.iin, (token = await issueDevToken(person.iin, { login: 'EDS' })));
    return ['authorization', `Bearer ${token}`];
  }
  const caller = await signCaller({ iin: person.iin, login: 'EDS', requestId: randomUUID(), client: 'bench', wards: person.wards }, callerKey(secret));
  return [CALLER_HEADER, caller];
}

const hasErrors = (body: string) => body.includes('"errors":');

/** One request as the first person of the job, checked: a 200, no GraphQL `errors`, data at the root. */
export async function precheck(job: LoadJob): Promise<Precheck> {
  const header = await headerFor(job, job.persons[0]!);
  try {
    const response = await fetch(job.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [header[0]]: header[1] },
      body: job.body,
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
    return { ok, status: response.status, excerpt: text.slice(0, 400) };
  } catch (error) {
    return { ok: false, status: 0, excerpt: error instanceof Error ? error.message : String(error) };
  }
}

export async function runLoad(job: LoadJob): Promise<LoadResult> {
  // Every header signed before the load starts, so the load measures the target alone.
  const headers: Array<[string, string]> = [];
  for (const person of job.persons) headers.push(await headerFor(job, person));

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
  const instance = autocannon({
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
  }, (error: unknown, result: autocannon.Result) => (error ? failed(error) : finished(result)));
  instance.on('response', (_client, _status, _bytes, responseTime) => void latencies.push(responseTime));
  const result = await done;
  latencies.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  const mean = latencies.length ? latencies.reduce((a, b) => a + b, 0) / latencies.length : Number.NaN;
  return {
    requests: latencies.length,
    durationSec: result.duration,
    rps: Math.round((latencies.length / result.duration) * 10) / 10,
    latency: {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      mean: round(mean),
      max: round(latencies[latencies.length - 1] ?? Number.NaN),
    },
    non2xx,
    graphqlErrors,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    ...(errorSample !== undefined && { errorSample }),
    personsUsed: many ? Math.min(next, headers.length) : 1,
    reused: many && next > headers.length,
  };
}

if (process.send) {
  watchParent(() => process.exit(1));
  process.on('message', (m: ToChild) => {
    if (m.type === 'stop') process.exit(0);
    if (m.type === 'check') {
      precheck(m.job).then((check) => process.send!({ type: 'done', id: m.id, check } satisfies FromChild));
      return;
    }
    if (m.type !== 'load') return;
    runLoad(m.job).then(
      (result) => {
        console.log(JSON.stringify(result));
        process.send!({ type: 'done', id: m.id, result } satisfies FromChild);
      },
      (error: unknown) => process.send!({ type: 'failed', id: m.id, message: error instanceof Error ? error.message : String(error) } satisfies FromChild),
    );
  });
  process.send({ type: 'ready' } satisfies FromChild);
}
