/**
 * State-system data requests per dossier view, counted by every mock state system
 * (`/_mock/stats`): exactly the README's table "State-system data requests per dossier view".
 * TABLE below mirrors it row by row; a change of the query plan or of the cache changes both.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SECTIONS, type SubgraphName } from '../schema/sections.js';
import { startSystem, type RunningSystem } from '../scripts/system.js';
import { MemoryCache } from '../subgraphs/kit/cache.js';
import { TEST_RESILIENCE } from '../subgraphs/kit/testing.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { operation } from './operations.js';
import { gql, requestCounts, resetMocks, tokenFor } from './helpers.js';

type Counts = Record<SubgraphName, number>;
/** One request to every state system, and `more` on top. */
const onePerSystem = (more: Partial<Counts> = {}): Counts =>
  Object.fromEntries(SECTIONS.map(({ subgraph }) => [subgraph, 1 + (more[subgraph] ?? 0)])) as Counts;
const none = (more: Partial<Counts> = {}): Counts => Object.fromEntries(SECTIONS.map(({ subgraph }) => [subgraph, more[subgraph] ?? 0])) as Counts;

/** What a view does, as the demo user logged in with EDS. */
type View = (send: (name: string, variables?: Record<string, unknown>) => Promise<void>) => Promise<void>;
const whole: View = (send) => send('WholeDossier');
const children: View = (send) => send('ChildrenDossiers');
const refreshThenWhole: View = async (send) => {
  await send('RefreshSections', { sections: ['VEHICLES'] });
  await send('WholeDossier');
};

/**
 * The README's table: its rows (the first cell, verbatim), and per column the requests each state
 * system serves. A cold view starts from an empty cache; a warm one repeats the view after it ran.
 */
const TABLE: Array<{ row: string; view: View; cold?: Counts; warm: Counts }> = [
  {
    row: 'the whole dossier of one person (`WholeDossier`)',
    view: whole,
    // the civil registry twice: the caller's record, then the children's (the `children` selection)
    cold: onePerSystem({ 'civil-registry': 1 }),
    warm: none(),
  },
  {
    row: "a parent's three children, every section (`ChildrenDossiers`)",
    view: children,
    // one per state system for all the children together, and the civil registry for the parent
    cold: onePerSystem({ 'civil-registry': 1 }),
    warm: none(),
  },
  {
    row: 'after `refreshDossier([VEHICLES])`, the whole dossier',
    view: refreshThenWhole,
    warm: none({ vehicles: 1 }),
  },
];

const total = (counts: Counts) => Object.values(counts).reduce((a, b) => a + b, 0);

/** The README's cell of that row and column ("cold cache", "warm cache"), as written. */
function readmeCell(row: string, column: 'cold' | 'warm'): string {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const line = readme.split('\n').find((l) => l.startsWith(`| ${row} |`));
  expect(line, `README has the row "${row}"`).toBeDefined();
  return line!.split('|')[column === 'cold' ? 2 : 3]!.trim();
}

let system: RunningSystem;
const cache = new MemoryCache();

beforeAll(async () => {
  system = await startSystem({ population: generatePopulation({ size: 2000 }), cache, resilience: TEST_RESILIENCE, refreshMinIntervalMs: 0 });
}, 120_000); // the whole system: slow to start on a busy machine
afterAll(() => system?.close());
beforeEach(async () => {
  cache.clear();
  await resetMocks(system);
});

const run = async (view: View): Promise<Counts> => {
  const token = await tokenFor(DEMO.user);
  await view(async (name, variables) => {
    const body = await gql(system, operation(name), { token, variables });
    expect(body.errors, name).toBeUndefined();
  });
  return (await requestCounts(system)) as Counts;
};

describe.each(TABLE)('$row', { timeout: 60_000 }, ({ row, view, cold, warm }) => {
  it(`costs what the README says, per state system, with a cold cache${cold ? '' : ' (no cold figure)'} and a warm one`, async () => {
    if (cold) {
      expect(await run(view), 'cold').toEqual(cold);
      expect(readmeCell(row, 'cold')).toMatch(new RegExp(`^${total(cold)}(:|$)`));
    } else {
      await run(view);
      expect(readmeCell(row, 'cold')).toBe('');
    }
    await resetMocks(system);
    expect(await run(view), 'warm').toEqual(warm);
    expect(readmeCell(row, 'warm')).toMatch(new RegExp(`^${total(warm)}(:|$)`));
  });
});
