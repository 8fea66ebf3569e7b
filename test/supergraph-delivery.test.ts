/**
 * Supergraph delivery: a gateway reading its supergraph from a file swaps it live under load (no
 * request fails, a new subgraph's field becomes queryable), and refuses, with an error log, a
 * supergraph that does not parse or compose or that its policies cannot run on, keeping the old one.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authConfigFromEnv } from '../gateway/auth.js';
import { startGateway } from '../gateway/server.js';
import { policyProblem } from '../gateway/supergraph-delivery.js';
import { serve, type Served } from '../runtime/http.js';
import { logSink } from '../runtime/log.js';
import { supergraphUpdates } from '../runtime/metrics.js';
import { composeSupergraph } from '../schema/compose.js';
import { startSystem, type RunningSystem } from '../scripts/system.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { gql, tokenFor } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'supergraph-'));
const file = join(dir, 'supergraph.graphql');
let system: RunningSystem;
let notices: Served;
let gateway: Served;
let base: string;
let grown: string;
const logged: string[] = [];

/** Replaces the file at once (as a deployment should: a half-written file is a broken supergraph). */
const publish = (text: string) => {
  writeFileSync(`${file}.new`, text);
  renameSync(`${file}.new`, file);
};

const composed = (extra: Parameters<typeof composeSupergraph>[1] = []) => {
  const result = composeSupergraph(undefined, extra);
  if ('errors' in result) throw new Error(result.errors.join('\n'));
  return result.supergraphSdl;
};

beforeAll(async () => {
  system = await startSystem({ population: generatePopulation({ size: 500 }) });
  // a subgraph the committed supergraph does not have: the new supergraph adds Query.notice
  const typeDefs = parse(
    'extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@requiresScopes"])\ntype Query { notice: String  edsNotice: String @requiresScopes(scopes: [["eds"]]) }',
  );
  notices = await serve({
    apollo: new ApolloServer({
      schema: buildSubgraphSchema({ typeDefs, resolvers: { Query: { notice: () => 'The portal is open.', edsNotice: () => 'Signed in with EDS.' } } }),
      plugins: [ApolloServerPluginInlineTraceDisabled()],
    }),
    context: async () => ({}),
  });
  base = composed();
  grown = composed([{ name: 'notices', url: notices.url, typeDefs }]);
  publish(base);
  gateway = await startGateway({
    auth: await authConfigFromEnv(),
    subgraphUrls: Object.fromEntries(system.subgraphs.map((s) => [s.name, s.url])),
    supergraphDelivery: { from: file, pollMs: 25 },
  });
  const write = logSink.write;
  logSink.write = (line) => {
    logged.push(line);
    write(line);
  };
}, 120_000);
afterAll(async () => {
  await gateway?.close();
  await notices?.close();
  await system?.close();
  rmSync(dir, { recursive: true, force: true });
});

const viaGateway = {
  ...({} as RunningSystem),
  get gatewayUrl() {
    return gateway.url;
  },
} as RunningSystem;
const updates = async (outcome: 'applied' | 'refused') => (await supergraphUpdates.get()).values.find((v) => v.labels.outcome === outcome)?.value ?? 0;

/** Waits (bounded generously: the machine is shared) until the gateway has taken or refused a supergraph. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the gateway did not act on the new supergraph');
}

describe('a supergraph from SUPERGRAPH_PATH', () => {
  it('is swapped under load: no request fails, and the new field becomes queryable', async () => {
    const token = await tokenFor(DEMO.user);
    const before = await updates('applied');
    expect((await gql(viaGateway, '{ notice }', { token })).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const answers: Array<Awaited<ReturnType<typeof gql<Record<string, any>>>>> = [];
    let sent = 0;
    // rounds of 5 concurrent requests; the file changes after the 10th, and the load goes on until
    // the gateway has swapped and 50 requests are answered
    while (sent < 50 || (await updates('applied')) === before) {
      if (sent === 10) publish(grown);
      answers.push(...(await Promise.all(Array.from({ length: 5 }, () => gql(viaGateway, 'query Me { me { iin } }', { token })))));
      sent += 5;
      if (sent > 2000) throw new Error('no swap after 2000 requests');
    }
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.me.iin).toBe(DEMO.user);
    }
    expect(await updates('applied')).toBe(before + 1);
    expect(logged.some((l) => l.includes('"supergraph_updated"'))).toBe(true);
    const notice = await gql(viaGateway, '{ notice }', { token });
    expect(notice.errors).toBeUndefined();
    expect(notice.data!.notice).toBe('The portal is open.');
    // the policy came with the supergraph: its new scoped field needs an EDS login
    const bySms = await gql(viaGateway, '{ notice edsNotice }', { token: await tokenFor(DEMO.user, 'SMS') });
    expect(bySms.data).toEqual({ notice: 'The portal is open.', edsNotice: null });
    expect(bySms.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['edsNotice'], 'EDS_REQUIRED']]);
    expect((await gql(viaGateway, '{ edsNotice }', { token })).data).toEqual({ edsNotice: 'Signed in with EDS.' });
  });

  it('refuses a broken supergraph with an error log, and keeps serving the one in service', async () => {
    const token = await tokenFor(DEMO.user);
    const cases = [
      ['does not parse', 'type Query {'],
      ['it does not compose', grown.replace(/ {2}NOTICES @join__graph\([^)]*\)\n/, '')],
      [
        'changes the @requiresScopes rule of Person.birthPlace',
        grown.replace(
          'birthPlace: Place @join__field(graph: CIVIL_REGISTRY) @requiresScopes(scopes: [["eds"]])',
          'birthPlace: Place @join__field(graph: CIVIL_REGISTRY)',
        ),
      ],
    ] as const;
    for (const [why, text] of cases) {
      expect(text, why).not.toBe(grown);
      const refused = await updates('refused');
      logged.length = 0;
      publish(text);
      await until(async () => (await updates('refused')) > refused);
      const errors = logged.filter((l) => l.includes('"supergraph_refused"') && l.includes('"level":"error"'));
      expect(errors, why).toHaveLength(1);
      expect(errors[0], why).toContain(why);
      const notice = await gql(viaGateway, '{ notice me { iin birthPlace { __typename } } }', { token });
      expect(notice.errors, why).toBeUndefined();
      expect(notice.data!.notice, why).toBe('The portal is open.');
    }
    publish(grown);
  });
});

describe('the policy checks of a new supergraph', () => {
  const committed = composed();
  it('accept the committed supergraph, and the same one again', () => {
    expect(policyProblem(committed)).toBeUndefined();
    expect(policyProblem(committed, committed)).toBeUndefined();
  });
  it('refuse one without the access-log slice', () => {
    // the field and its description (the next field has a description of its own)
    const without = committed.replace(/"""[^"]*"""\s*accessLog\(first[^\n]*\n/, '\n');
    expect(without).not.toContain('accessLog(first');
    expect(policyProblem(without)).toMatch(/access-log/);
  });
  it('refuse one without any @requiresScopes rule', () => {
    expect(policyProblem(committed.replace(/ @requiresScopes\(scopes: \[\["eds"\]\]\)/g, ''))).toMatch(/no @requiresScopes/);
  });
  it('refuse one that changes the rule of a field it keeps', () => {
    const weaker = committed.replace(
      'travelBan: Boolean @join__field(graph: FINES) @requiresScopes(scopes: [["eds"]])',
      'travelBan: Boolean @join__field(graph: FINES) @requiresScopes(scopes: [["sms"]])',
    );
    expect(weaker).not.toBe(committed);
    expect(policyProblem(weaker, committed)).toBe('it changes the @requiresScopes rule of Person.travelBan');
  });
});
