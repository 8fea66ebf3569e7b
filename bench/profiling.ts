/** `npm run bench -- --profile`: one scenario through our gateway, with the gateway and the subgraphs under --cpu-prof. */
import type { ChildProcess } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { Options } from './options.js';
import { stopChild } from './processes.js';
import { summarizeProfile } from './profile.js';
import type { Scenario, Target } from './scenarios.js';
import type { RunRecord } from './summary.js';

export async function profile(
  options: Options,
  runDir: string,
  profileDir: string,
  accessLog: string,
  target: Target,
  scenario: Scenario,
  measure: (scenario: Scenario, target: Target, round: number, durationSec: number) => Promise<RunRecord>,
  systemChild: ChildProcess,
  gatewayChild: ChildProcess,
): Promise<void> {
  // The profiles cover the processes' whole lives; only the samples between these two marks count.
  // (V8's profile clock and process.hrtime are both CLOCK_MONOTONIC on Linux.)
  const from = Number(process.hrtime.bigint() / 1000n);
  const record = await measure(scenario, target, 1, options.durationSec);
  const to = Number(process.hrtime.bigint() / 1000n);
  console.log(`profiled: ${record.load.rps} req/s, p50 ${record.load.latency.p50} ms over ${options.durationSec} s`);
  const pids = { gateway: gatewayChild.pid!, system: systemChild.pid! };
  await Promise.all([stopChild(gatewayChild, 20_000), stopChild(systemChild, 20_000)]);
  const files = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
  const sections: string[] = [
    `# CPU profile: ${scenario.title}, our gateway`,
    '',
    `${new Date().toISOString()}, ${cpus().length} CPUs, Node ${process.version}; ${record.load.rps} req/s over ${options.durationSec} s, ${options.connections} connections; access log: ${accessLog}`,
    '',
  ];
  for (const [role, pid] of Object.entries(pids)) {
    // one profile per thread: thread 0 is the main one (tsx's loader hooks run in another)
    const file = files.find((f) => f.includes(`.${pid}.0.`));
    if (!file) {
      sections.push(`(no profile of the ${role} process, pid ${pid})`, '');
      continue;
    }
    sections.push(
      summarizeProfile(`${profileDir}/${file}`, {
        title: role === 'gateway' ? 'Gateway process' : 'Subgraphs process',
        fromUs: from,
        toUs: to,
        requests: record.load.requests,
      }),
    );
  }
  const text = sections.join('\n');
  writeFileSync(`${runDir}/profile.md`, text);
  console.log(`\n${text}\nwritten: ${runDir}/profile.md (profiles in ${profileDir})`);
}
