/** The report of a run: bench/RESULTS.md's text from the summary and the warm whole dossier against its parts. */
import { readFileSync } from 'node:fs';
import { median, type LoadResult } from './common.js';
import type { Options } from './options.js';
import { BENCH_DIR } from './processes.js';
import { TARGET_LABELS, type Scenario, type TargetId } from './scenarios.js';
import { round1, round2, type Cell, type Environment, type Summary } from './summary.js';
import { SECTIONS } from '../schema/sections.js';

/**
 * One round of the warm whole dossier against its parts, at one number of connections: each
 * subgraph answering its slice alone, the plan floor (bench/plan-floor.ts: the plan's subgraph
 * requests sent straight, a gateway that costs nothing), and our gateway.
 */
export interface AloneRound {
  round: number;
  connections: number;
  ours: LoadResult;
  floor: LoadResult;
  subgraphs: Record<string, LoadResult>;
}

/** The warm whole dossier through our gateway and through no gateway, against each subgraph answering its slice alone. */
export function subgraphsAlone(rounds: AloneRound[], plan: string, steps: number): string {
  if (rounds.length === 0) return '';
  const levels = [...new Set(rounds.map((r) => r.connections))];
  const lines = [
    '',
    '## The warm whole dossier against each subgraph alone',
    '',
    'Each subgraph answering, straight and warm, its slice of the whole dossier for the demo user, as the query planner',
    "asks it (`_entities` with the section's fragment of test/operations/dossier.graphql); the **plan floor**: the query",
    `plan's own subgraph requests (${plan}) sent by the driver itself, step after step, with nothing around`,
    'them: no token, planning, merging of answers, shaping, access log, nor merging of identical requests (a gateway that',
    'costs nothing); then our gateway. Each round runs all of them side by side, at the load of the scenarios and with',
    'one connection (one request at a time: the latency with no queue). Medians over the rounds:',
  ];
  const ratioLines: string[] = [];
  for (const connections of levels) {
    const at = rounds.filter((r) => r.connections === connections);
    const names = Object.keys(at[0]!.subgraphs);
    const med = (f: (r: AloneRound) => number) => round2(median(at.map(f)));
    const ratios = at.map((r) => {
      const [slowest, l] = Object.entries(r.subgraphs).reduce((a, b) => (b[1].latency.p50 > a[1].latency.p50 ? b : a));
      const p50 = Math.max(0.01, l.latency.p50);
      return {
        r,
        slowest,
        p50,
        ours: round2(r.ours.latency.p50 / p50),
        floor: round2(r.floor.latency.p50 / p50),
        oursFloor: round2(r.ours.latency.p50 / Math.max(0.01, r.floor.latency.p50)),
      };
    });
    lines.push(
      '',
      `### ${connections} connection${connections === 1 ? '' : 's'}`,
      '',
      '| | req/s | p50 ms | p95 ms | p99 ms |',
      '|---|--:|--:|--:|--:|',
      ...names.map(
        (n) =>
          `| ${n} alone | ${med((r) => r.subgraphs[n]!.rps)} | ${med((r) => r.subgraphs[n]!.latency.p50)} | ${med((r) => r.subgraphs[n]!.latency.p95)} | ${med((r) => r.subgraphs[n]!.latency.p99)} |`,
      ),
      `| **plan floor** (whole dossier, no gateway) | ${med((r) => r.floor.rps)} | ${med((r) => r.floor.latency.p50)} | ${med((r) => r.floor.latency.p95)} | ${med((r) => r.floor.latency.p99)} |`,
      `| **ours** (whole dossier) | ${med((r) => r.ours.rps)} | ${med((r) => r.ours.latency.p50)} | ${med((r) => r.ours.latency.p95)} | ${med((r) => r.ours.latency.p99)} |`,
      '',
      '| round | slowest subgraph alone | its p50 ms | plan floor p50 ms | ours p50 ms | floor ÷ slowest | ours ÷ slowest | ours ÷ floor |',
      '|--:|---|--:|--:|--:|--:|--:|--:|',
      ...ratios.map(
        (x) => `| ${x.r.round} | ${x.slowest} | ${x.p50} | ${x.r.floor.latency.p50} | ${x.r.ours.latency.p50} | ${x.floor} | ${x.ours} | ${x.oursFloor} |`,
      ),
    );
    const m = (f: (x: (typeof ratios)[number]) => number) => round2(median(ratios.map(f)));
    ratioLines.push(
      `- ${connections} connection${connections === 1 ? '' : 's'}: our warm whole-dossier p50 is ${m((x) => x.ours)}× the slowest subgraph's alone; the plan floor's is ${m((x) => x.floor)}×; ours is ${m((x) => x.oursFloor)}× the floor (medians of the rounds' ratios).`,
    );
  }
  lines.push(
    '',
    ...ratioLines,
    '',
    `How to read it: the plan has ${steps} step${steps === 1 ? '' : 's'} one after another, so even the floor waits for at least one`,
    'subgraph per step; and here the seven subgraphs share one process, one event loop (as with `npm start`), so the',
    "requests of one step are served one after another, not side by side. Under load the floor's requests queue there",
    "too, all of them: our gateway's merging of identical in-flight requests (one caller's) is what takes it below the",
    "floor then. What our gateway adds to the floor at one connection is its own CPU per dossier and the access log's",
    'commit (each read is recorded in PostgreSQL before it is answered).',
    '',
  );
  return lines.join('\n');
}

/**
 * Our gateway now against the full run kept in bench/before/ (before the performance work), with
 * Hive's default in both runs as the yardstick of how noisy the machine was.
 */
function beforeAndAfter(summary: Summary, scenarios: Scenario[]): string[] {
  let before: { environment: { date: string }; summary: Summary };
  try {
    before = JSON.parse(readFileSync(`${BENCH_DIR}before/results.json`, 'utf8')) as typeof before;
  } catch {
    return [];
  }
  const lines = [
    '',
    '## Before and after the performance work',
    '',
    `Our gateway in this run against the full run of ${before.environment.date.slice(0, 10)} kept in \`bench/before/\` (before the performance work: see`,
    '"What was made faster" below); Hive Gateway (default) in both runs shows how much of a difference is the machine',
    '(machines of one kind differ by up to 2× here): the ratios to Hive in the last two columns are the comparable figures.',
    '',
    '| scenario | ours req/s before → now | ours p50 ms before → now | ours p99 ms before → now | ours CPU ms/op before → now | Hive default req/s before → now | ours ÷ Hive default, req/s, before → now | ours ÷ Hive default, p50, before → now |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const scenario of scenarios) {
    const then = before.summary.cells[scenario.id];
    const now = summary.cells[scenario.id];
    if (!then?.ours || !now?.ours) continue;
    const hive = then.hive && now.hive ? `${then.hive.rps} → ${now.hive.rps}` : '';
    const ratio = (cells: typeof then, key: 'rps' | 'p50') => (cells.hive ? round2(cells.ours![key] / cells.hive[key]) : '?');
    lines.push(
      `| ${scenario.title} | ${then.ours.rps} → ${now.ours.rps} | ${then.ours.p50} → ${now.ours.p50} | ${then.ours.p99} → ${now.ours.p99} | ${then.ours.targetCpuMsPerOp} → ${now.ours.targetCpuMsPerOp} | ${hive} | ${ratio(then, 'rps')} → ${ratio(now, 'rps')} | ${ratio(then, 'p50')} → ${ratio(now, 'p50')} |`,
    );
  }
  lines.push(
    '',
    'What was made faster, from CPU profiles of the first run (`npm run bench -- --profile`):',
    '- the access log is written by group commit: the entries of concurrent reads go to the database in one INSERT',
    "  (it was a quarter of the gateway's CPU, one INSERT per person read);",
    '- gateway → subgraph and subgraph → state-system POSTs go over node:http with a keep-alive agent instead of the',
    "  global fetch (undici and web streams were a fifth of the gateway's CPU);",
    '- identical in-flight subgraph queries of one caller are merged (never across callers, never mutations); the',
    '  signed caller context is reused for half its lifetime, and a verified bearer token is not verified again;',
    '- the scope policy and the wards check are worked out once per operation, not per request; the caller-context',
    "  HMAC key is imported once; subgraphs run without Apollo's cache-control plugin.",
    '',
    'Then, from the profiles of the results above it:',
    '- Apollo Gateway rebuilt its form of the operation (`operationFromDocument`) on every request, 11% of its CPU: it is',
    '  now remembered per parsed operation (gateway/operation-memo.ts);',
    "- the gateway reaches subgraphs through a data source of its own over node:http: Apollo's RemoteGraphQLDataSource",
    "  built node-fetch Request and Headers objects for every subgraph call (a tenth of the gateway's CPU); timeouts are",
    '  plain timers, not `AbortSignal.timeout` (which cost 4%);',
    '- subgraphs verify a signed caller context once and remember it until it expires (the gateway reuses one for a while);',
    '- the access log writes one INSERT at a time with everything recorded meanwhile (batches grow under load), and the',
    "  benchmark keeps it in PostgreSQL as production does: embedded PGlite spent about 0.5 ms of the gateway's CPU per",
    '  statement and 270 MB of its RSS.',
  );
  return lines;
}

/** The issue's goals, each met or not by this run's figures. */
function goals(summary: Summary, scenarios: Scenario[], options: Options): string[] {
  const lines = ['', '## Goals', '', '| goal | this run | met |', '|---|---|:-:|'];
  const mark = (ok: boolean | undefined) => (ok === undefined ? '?' : ok ? 'yes' : '**no**');
  for (const scenario of scenarios) {
    const r = summary.ratios[scenario.id]?.find((x) => x.versus === 'hive');
    if (r) lines.push(`| ours ≥ 1.0× Hive default in req/s: ${scenario.title} | ${r.rps}× | ${mark(r.rps >= 1)} |`);
  }
  const warm1 = summary.cells['warm-dossier@1'];
  if (warm1?.ours && warm1.floor) {
    const x = round2(warm1.ours.p50 / warm1.floor.p50);
    lines.push(
      `| warm whole dossier, one connection: ours p50 ≤ 1.5× the plan floor's | ${warm1.ours.p50} ms ÷ ${warm1.floor.p50} ms = ${x}× | ${mark(x <= 1.5)} |`,
    );
  }
  const cold1 = summary.cells['cold-dossier@1'];
  const slowest = Math.max(...Object.values(options.latencyMs));
  if (cold1?.ours)
    lines.push(
      `| cold whole dossier, one connection: ours p50 ≤ the slowest state system + 20 ms (${slowest + 20} ms) | ${cold1.ours.p50} ms | ${mark(cold1.ours.p50 <= slowest + 20)} |`,
    );
  const warm = summary.cells['warm-dossier'];
  // issue 13: what logs and tracing cost must not cost the lead
  const traced = warm?.['ours-traced'];
  if (traced && warm?.hive) {
    const x = round2(traced.rps / warm.hive.rps);
    lines.push(
      `| warm whole dossier, logs at info and tracing on: ours ≥ 1.0× Hive default in req/s | ${traced.rps} ÷ ${warm.hive.rps} = ${x}× | ${mark(x >= 1)} |`,
    );
  }
  if (warm?.ours) lines.push(`| gateway CPU per warm whole dossier ≤ 1.0 ms | ${warm.ours.targetCpuMsPerOp} ms | ${mark(warm.ours.targetCpuMsPerOp <= 1)} |`);
  const peak = Math.max(...Object.values(summary.cells).map((c) => c.ours?.peakRssMb ?? 0));
  if (peak > 0) lines.push(`| gateway RSS at load ≤ 300 MB | ${peak} MB (peak over every scenario) | ${mark(peak <= 300)} |`);
  return lines;
}

export function renderMarkdown(env: Environment, summary: Summary, scenarios: Scenario[], options: Options): string {
  const lines: string[] = [];
  const latency = Object.entries(options.latencyMs)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  lines.push(
    '# Benchmark: the dossier gateway against Hive Gateway',
    '',
    `Produced by \`npm run bench\` (bench/run.ts) on ${env.date.slice(0, 16).replace('T', ' ')} UTC, commit ${env.commit}.`,
    `Machine: ${env.cpus} CPUs (${env.cpuModel}), ${env.memoryGb} GB, ${env.os}; Node ${env.node}. Wall clock ${Math.round(env.wallClockSec / 60)} min.`,
    '',
    `Setup: one process for the ${SECTIONS.length} mock state systems (population ${env.population}), one for the ${SECTIONS.length} subgraphs (${env.cache}),`,
    'one per gateway (ours, compiled to JavaScript and run on plain Node as the image runs it; Hive with its default',
    'in-flight subgraph-request merging; Hive with it off), one for the',
    'autocannon driver; all on 127.0.0.1. Every gateway runs the same supergraph over the same subgraphs, and before a',
    "scenario is measured each gateway's first answer is checked against the others' (the same data, freshness aside).",
    `Scenarios "one citizen (merging case)" repeat one query of the demo user: what merging identical in-flight requests is best`,
    `at. "Many citizens" read ${options.citizens} different adults of the population in turn (all cached first: no request is another's twin);`,
    'the portal mix is 60% identity summary (password or SMS logins), 25% whole dossier warm, 5% cold, 5% refresh then read,',
    '5% service-request list, sent as the portal, the mobile app and the Telegram bot (bench/mix.ts). Each scenario runs at',
    'its load and at one connection (one request at a time: latency without queueing), the latter against ours, the plan',
    "floor and Hive's default.",
    `State-system latency (ms): ${latency}. Our access log: ${env.accessLog === 'postgres' ? "PostgreSQL, as in production (its server on the same machine; its CPU is not in the gateway's figures)" : env.accessLog}.`,
    `Each scenario × target: ${options.rounds} runs of ${options.durationSec} s (targets alternated, order reversed every other round),`,
    `after a ${options.warmupSec} s unmeasured warm-up per target; ${options.connections} connections (${options.coldConnections} for the cold scenario).`,
    'Figures are medians over the runs; errors are summed (non-2xx, 200s with GraphQL `errors`, socket errors).',
    '',
    '## Figures',
    '',
    '| scenario | target | req/s | p50 ms | p95 ms | p99 ms | errors | state-system req/op | target CPU ms/op | system CPU ms/op | peak RSS MB |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  );
  const titleOf = (row: Summary['rows'][number]) =>
    `${scenarios.find((s) => s.id === row.scenario)?.title ?? row.scenario}, ${row.connections} connection${row.connections === 1 ? '' : 's'}`;
  for (const row of summary.rows) {
    for (const [id, c] of Object.entries(summary.cells[row.key] ?? {}) as Array<[TargetId, Cell]>) {
      lines.push(
        `| ${titleOf(row)} | ${TARGET_LABELS[id]} | ${c.rps} | ${c.p50} | ${c.p95} | ${c.p99} | ${c.errors} / ${c.requests} | ${c.stateRequestsPerOp} | ${c.targetCpuMsPerOp} | ${c.systemCpuMsPerOp} | ${id === 'subgraph' || id === 'floor' ? '(system)' : c.peakRssMb} |`,
      );
    }
  }
  const idle = summary.cells[scenarios[0]!.id] ?? {};
  const idleText = (Object.entries(idle) as Array<[TargetId, Cell]>)
    .filter(([, c]) => c.idleRssMb !== undefined)
    .map(([id, c]) => `${TARGET_LABELS[id]} ${c.idleRssMb} MB`)
    .join(', ');
  if (idleText) lines.push('', `Gateway RSS after the warm-up, before the measured runs: ${idleText}.`);
  lines.push(
    '',
    '## Ratios, ours ÷ theirs',
    '',
    'Median over rounds of the ratio between neighbouring runs. req/s above 1: we serve more; latency and CPU below 1: we are faster / cheaper.',
    '',
    '| scenario | versus | req/s | p50 | p99 | gateway CPU/op |',
    '|---|---|--:|--:|--:|--:|',
  );
  for (const row of summary.rows) {
    for (const r of summary.ratios[row.key] ?? []) {
      if (r.versus === 'subgraph') continue;
      lines.push(`| ${titleOf(row)} | ${TARGET_LABELS[r.versus]} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.cpuPerOp} |`);
    }
  }
  lines.push(...goals(summary, scenarios, options));
  lines.push(...beforeAndAfter(summary, scenarios));
  const floor = scenarios.find((s) => s.floor);
  const f = floor && summary.cells[floor.id];
  if (floor && f?.ours && f.subgraph) {
    lines.push(
      '',
      '## Gateway overhead against the floor',
      '',
      `\`${floor.operation}\` through our gateway against \`${floor.floor!.query}\` sent straight to the civil-registry subgraph with a signed caller context.`,
      '',
      '| | req/s | p50 ms | p99 ms | CPU ms/op of the process served |',
      '|---|--:|--:|--:|--:|',
      `| subgraph direct | ${f.subgraph.rps} | ${f.subgraph.p50} | ${f.subgraph.p99} | ${f.subgraph.targetCpuMsPerOp} (subgraphs' process) |`,
      `| ours | ${f.ours.rps} | ${f.ours.p50} | ${f.ours.p99} | ${f.ours.targetCpuMsPerOp} (gateway) + ${f.ours.systemCpuMsPerOp} (system) |`,
      ...(f.hive
        ? [`| Hive, default | ${f.hive.rps} | ${f.hive.p50} | ${f.hive.p99} | ${f.hive.targetCpuMsPerOp} (gateway) + ${f.hive.systemCpuMsPerOp} (system) |`]
        : []),
      ...(f['hive-nodedup']
        ? [
            `| Hive, dedup off | ${f['hive-nodedup'].rps} | ${f['hive-nodedup'].p50} | ${f['hive-nodedup'].p99} | ${f['hive-nodedup'].targetCpuMsPerOp} (gateway) + ${f['hive-nodedup'].systemCpuMsPerOp} (system) |`,
          ]
        : []),
      '',
      `At ${options.connections} connections our gateway adds ${round1(f.ours.p50 - f.subgraph.p50)} ms at p50 (queueing included) and serves ` +
        `${round2(f.ours.rps / f.subgraph.rps)}× the subgraph's own rate${f.hive ? `; Hive adds ${round1(f.hive.p50 - f.subgraph.p50)} ms and serves ${round2(f.hive.rps / f.subgraph.rps)}×` : ''}. ` +
        'The CPU a request costs the gateway process is the overhead without the queueing.',
    );
  }
  lines.push(
    '',
    '## How to read it',
    '',
    '- **Cold**: each request is a different adult of the synthetic population (all of whose children are minors, so the',
    "  whole dossier is theirs to read), never twice in a run, and the subgraphs' cache is cleared before each run:",
    "  every section is a cache miss and goes to its state system. Our gateway also looks up each new caller's wards",
    '  (one more call to the civil-registry subgraph, whose state-system read the query then finds cached); Hive is',
    '  handed the wards in the signed caller context.',
    '- **Hive enforces none of our auth** (token, EDS scopes, wards, access log): the driver gives it a pre-signed',
    '  `x-dossier-caller`, which it forwards. Our figures include verifying the token, pruning by scope, looking up wards,',
    "  signing the caller context and recording each access; Hive's do not.",
    '- **Dedup**: Hive merges identical in-flight subgraph requests by default. With one user hammering the same query',
    '  (the warm scenarios), concurrent requests share subgraph calls. Our gateway merges identical in-flight subgraph',
    '  queries of one caller too (never across callers): Hive\'s default is the like-for-like comparison, "dedup off" shows',
    '  what merging is worth.',
    "- **CPU ms/op**: user+system CPU of the target's process (for the direct subgraph: the subgraphs' process) per response;",
    "  system CPU ms/op: the subgraphs' and the state systems' processes. State-system req/op: data requests the mocks",
    '  served ÷ responses. CPU ms/op × req/s ÷ 1000 is the share of one core a process used: near 1, that process (each is',
    "  one event loop) is what limits the throughput. All of them share the machine's cores: near the CPU count in all,",
    '  the machine is, and the gateway that costs less CPU per operation serves more.',
    "- **Peak RSS**: of the gateway's process during its runs, sampled every 200 ms.",
    '',
  );
  return lines.join('\n');
}
