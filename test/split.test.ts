/**
 * `npm run start:split` (scripts/split.ts): every mock state system, every subgraph and the
 * gateway in an OS process of its own, on free ports. A dossier crosses them all over HTTP; a
 * subgraph stopped takes only its own section with it; every part stops gracefully (exit 0).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logSink } from '../runtime/log.js';
import { availableSubgraphs } from '../scripts/system.js';
import { launchSplit, type SplitSystem } from '../scripts/split.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { tokenFor } from './helpers.js';

let system: SplitSystem;

const QUERY = '{ me { birthDate vehicles { plate } fines(paid: false) { amount } serviceRequests(first: 1) { totalCount } } }';

async function dossier(): Promise<{ data?: { me: Record<string, unknown> }; errors?: Array<{ extensions: { code: string } }> }> {
  const response = await fetch(system.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(DEMO.user)}` },
    body: JSON.stringify({ query: QUERY }),
  });
  return (await response.json()) as Awaited<ReturnType<typeof dossier>>;
}

describe('npm run start:split', () => {
  beforeAll(async () => {
    // every part's log lines join this run's, for the scan of personal data
    // fifteen Node processes starting at once: minutes on a busy two-core machine
    system = await launchSplit({
      ports: 'free',
      env: { LOG_LEVEL: 'info', POPULATION_SIZE: '1000' },
      output: (line) => logSink.write(line),
      startTimeoutMs: 400_000,
    });
  }, 450_000);
  afterAll(async () => {
    await system?.stop();
  }, 60_000);

  it('runs each state system, each subgraph and the gateway as a process of its own', () => {
    const subgraphs = availableSubgraphs();
    expect(system.parts.map((p) => p.name).sort()).toEqual(['gateway', ...subgraphs, ...subgraphs.map((s) => `${s}-state-system`)].sort());
    const pids = system.parts.map((p) => p.child.pid);
    expect(new Set(pids).size).toBe(system.parts.length);
    expect(pids).not.toContain(process.pid);
    for (const pid of pids) expect(() => process.kill(pid!, 0), `process ${pid} is running`).not.toThrow();
  });

  it('answers a dossier through the gateway process from every section', async () => {
    const body = await dossier();
    expect(body.errors).toBeUndefined();
    expect(body.data!.me).toMatchObject({ birthDate: '1985-03-14', vehicles: [{ plate: '215 AKZ 02' }] });
    expect(body.data!.me.fines).toEqual(expect.any(Array));
  });

  it('a subgraph process stopped takes only its section with it, and exits 0', async () => {
    const vehicles = system.parts.find((p) => p.name === 'vehicles')!;
    vehicles.child.kill('SIGTERM');
    expect(await system.exited(vehicles)).toBe(0);
    const body = await dossier();
    expect(body.data!.me).toMatchObject({ birthDate: '1985-03-14', vehicles: null });
    expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: 'SERVICE_UNAVAILABLE', section: 'VEHICLES' } })]);
  });

  it('stops every part gracefully', async () => {
    const codes = await system.stop();
    expect(
      Object.values(codes).every((c) => c === 0),
      JSON.stringify(codes),
    ).toBe(true);
    expect(Object.keys(codes)).toHaveLength(system.parts.length);
  }, 60_000);
});
