/**
 * What changed since the last view, through the whole federation: records changed in the mock state
 * systems (`PUT /_mock/records/:iin`), a refresh, and the exact changes found, listed by
 * `me { dossierChanges }`, queued in the outbox per the citizen's notification settings, stored
 * without any IIN, name or address. Real Redis (a key prefix of this run) and real PostgreSQL (a
 * schema of this run), migrated by `npm run migrate`'s code.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateConfigured } from '../gateway/access-log/migrate-main.js';
import { openPostgresDatabase } from '../gateway/access-log/store.js';
import { createDossierChanges } from '../gateway/dossier-changes/store.js';
import { pseudonym } from '../runtime/log.js';
import { pgDatabase, type Database } from '../runtime/sql.js';
import { registry } from '../runtime/metrics.js';
import { startSystem, type RunningSystem } from '../scripts/system.js';
import { RedisCache } from '../subgraphs/kit/cache.js';
import { createChangeRecorder } from '../subgraphs/kit/changes.js';
import { TEST_RESILIENCE } from '../subgraphs/kit/testing.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { gql, tokenFor } from './helpers.js';
import { expectLog } from './logs.js';
import { operation } from './operations.js';

// the tests run without CACHE_KEY (development key), as the other Redis tests do
expectLog('cache_dev_key');

const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
const schema = `ch_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
const prefix = `test-changes-${randomUUID()}`;
const admin = new pg.Pool({ connectionString: DATABASE_URL });
const population = generatePopulation({ size: 1000 });
const cache = new RedisCache({ url: REDIS_URL, prefix });
let database: Database;
let system: RunningSystem;
/** LOGIN roles this run creates (dropped at the end, after the schema and its grants). */
const roles: string[] = [];

beforeAll(async () => {
  await admin.query(`CREATE SCHEMA ${schema}`);
  await migrateConfigured({ DATABASE_URL: `${DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}` });
  database = await openPostgresDatabase({ connectionString: DATABASE_URL, options: `-c search_path=${schema}` });
  // one database for the gateway and the subgraphs, as npm start shares one
  system = await startSystem({ population, cache, database, resilience: TEST_RESILIENCE, refreshMinIntervalMs: 0 });
});
afterAll(async () => {
  await system?.close();
  await database?.close();
  const keys = [...(await cache.redis.keys(`${prefix}:*`)), ...(await cache.redis.keys(`{${prefix}:*`))];
  if (keys.length > 0) await cache.redis.del(...keys);
  await cache.close();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  for (const role of roles) await admin.query(`DROP ROLE IF EXISTS ${role}`);
  await admin.end();
});

const mockOf = (subgraph: string) => system.subgraphs.find((s) => s.name === subgraph)!.mockUrl;
/** Replaces fields of a person's record in a mock state system; `{}` just returns the record. */
async function putRecord<R = Record<string, any>>(subgraph: string, iin: string, fields: Record<string, unknown>): Promise<R> {
  const response = await fetch(`${mockOf(subgraph)}/_mock/records/${iin}`, { method: 'PUT', body: JSON.stringify(fields) });
  expect(response.status).toBe(200);
  return (await response.json()) as R;
}

const WATCHED = ['QUEUES', 'PROPERTY', 'FINES', 'SERVICE_REQUESTS'];
const READ = `{ me {
  childrenKindergartenQueue { applicationNumber position }
  realEstate { cadastralNumber encumbrances { kind } }
  fines { protocolNumber paid }
  serviceRequests(first: 100) { edges { node { number status } } }
} }`;
const REFRESH = `mutation Refresh($sections: [DossierSection!]!) { refreshDossier(sections: $sections) { refreshedSections person {
  childrenKindergartenQueue { position } realEstate { encumbrances { kind } } fines { paid } serviceRequests(first: 100) { totalCount }
  changesFound { kind section item before { text } after { text } }
} } }`;
// the clients' own operation (test/operations/dossier.graphql: in the trusted-documents manifest)
const CHANGES = operation('DossierChanges');

interface Change {
  kind: string;
  section: string;
  item: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  foundAt: string;
}
async function changesOf(iin: string): Promise<Change[]> {
  const answer = await gql(system, CHANGES, { token: await tokenFor(iin) });
  expect(answer.errors).toBeUndefined();
  return answer.data!.me.dossierChanges.edges.map((e: { node: Change }) => e.node);
}
const byKind = (a: Pick<Change, 'kind' | 'section' | 'item'>, b: Pick<Change, 'kind' | 'section' | 'item'>) =>
  `${a.section}${a.kind}${a.item}`.localeCompare(`${b.section}${b.kind}${b.item}`);
const strip = ({ foundAt: _, ...c }: Change) => c;

/** What the demo user had before the changes: filled in by the first test. */
const was = {} as { fine: Record<string, any>; request: Record<string, any>; cadastral: string; application: string };

describe('what changed since the last view', () => {
  it('the first view records a baseline and reports nothing', async () => {
    const token = await tokenFor(DEMO.user);
    const queues = await putRecord('queues', DEMO.user, {});
    const entries = queues.childrenKindergartenQueue as Array<Record<string, unknown>>;
    was.application = entries[0]!.applicationNumber as string;
    await putRecord('queues', DEMO.user, { childrenKindergartenQueue: entries.map((e, n) => (n === 0 ? { ...e, position: 57 } : e)) });
    // his settings before anything is found: fines by SMS and Telegram, queue moves not at all, no quiet hours
    const settings = await gql(
      system,
      `mutation { updateNotificationSettings(input: { channels: [{ kind: FINE_IMPOSED, channels: [SMS, TELEGRAM] }, { kind: KINDERGARTEN_QUEUE_POSITION_CHANGED, channels: [] }], quietHours: null }) {
        quietHours { from } channels { kind channels } } }`,
      { token },
    );
    expect(settings.errors).toBeUndefined();
    expect(settings.data!.updateNotificationSettings.quietHours).toBeNull();
    expect(settings.data!.updateNotificationSettings.channels).toContainEqual({ kind: 'FINE_IMPOSED', channels: ['SMS', 'TELEGRAM'] });
    expect(settings.data!.updateNotificationSettings.channels).toContainEqual({ kind: 'FINE_PAID', channels: ['PUSH'] });

    const first = await gql(system, READ, { token });
    expect(first.errors).toBeUndefined();
    expect(first.data!.me.childrenKindergartenQueue[0]).toEqual({ applicationNumber: was.application, position: 57 });
    const fines = await putRecord('fines', DEMO.user, {});
    was.fine = fines.fines.find((f: { paid: boolean }) => !f.paid);
    expect(was.fine).toBeDefined();
    was.request = (await putRecord('e-kyzmet', DEMO.user, {})).requests.find((r: { status: string }) => r.status === 'IN_PROGRESS');
    expect(was.request).toBeDefined();
    was.cadastral = (await putRecord('property', DEMO.user, {})).realEstate[0].cadastralNumber;
    expect(await changesOf(DEMO.user)).toEqual([]);
  });

  it('after a refresh: exactly the changes made in the state systems, before → after', async () => {
    const token = await tokenFor(DEMO.user);
    const queues = await putRecord('queues', DEMO.user, {});
    await putRecord('queues', DEMO.user, {
      childrenKindergartenQueue: queues.childrenKindergartenQueue.map((e: { applicationNumber: string }) =>
        e.applicationNumber === was.application ? { ...e, position: 41 } : e,
      ),
    });
    const property = await putRecord('property', DEMO.user, {});
    await putRecord('property', DEMO.user, {
      realEstate: property.realEstate.map((o: { cadastralNumber: string; encumbrances: unknown[] }) =>
        o.cadastralNumber === was.cadastral
          ? {
              ...o,
              encumbrances: [
                ...o.encumbrances,
                {
                  kind: 'ARREST',
                  since: '2026-11-20',
                  until: null,
                  holder: { kind: 'COURT', name: 'Медеуский районный суд г. Алматы' },
                  basisDocumentNumber: '7511-26-00-2/4418',
                },
              ],
            }
          : o,
      ),
    });
    const fines = await putRecord('fines', DEMO.user, {});
    const newFine = { ...was.fine, protocolNumber: '02-2026-NEW-000777', amount: 7_864, paid: false, paidOn: null, paidAmount: null };
    await putRecord('fines', DEMO.user, {
      fines: [
        ...fines.fines.map((f: { protocolNumber: string }) =>
          f.protocolNumber === was.fine.protocolNumber ? { ...f, paid: true, paidOn: '2026-11-21', paidAmount: was.fine.amount } : f,
        ),
        newFine,
      ],
    });
    const requests = await putRecord('e-kyzmet', DEMO.user, {});
    await putRecord('e-kyzmet', DEMO.user, {
      requests: requests.requests.map((r: { number: string }) => (r.number === was.request.number ? { ...r, status: 'COMPLETED' } : r)),
    });

    // the cache still has the old copies: a read before the refresh finds nothing
    expect((await gql(system, READ, { token })).data!.me.childrenKindergartenQueue[0].position).toBe(57);
    expect(await changesOf(DEMO.user)).toEqual([]);

    const refresh = await gql(system, REFRESH, { token, variables: { sections: WATCHED } });
    expect(refresh.errors).toBeUndefined();
    expect(refresh.data!.refreshDossier.person.childrenKindergartenQueue[0].position).toBe(41);

    const found = await changesOf(DEMO.user);
    expect(found.map(strip).sort(byKind)).toEqual(
      [
        {
          kind: 'FINE_IMPOSED',
          section: 'FINES',
          item: '02-2026-NEW-000777',
          before: null,
          after: { text: '7864 ₸, unpaid', position: null, status: null, amount: 7864, date: null, paid: false },
        },
        {
          kind: 'FINE_PAID',
          section: 'FINES',
          item: was.fine.protocolNumber,
          before: { text: `${was.fine.amount} ₸, unpaid`, position: null, status: null, amount: was.fine.amount, date: null, paid: false },
          after: { text: `${was.fine.amount} ₸, paid`, position: null, status: null, amount: was.fine.amount, date: null, paid: true },
        },
        {
          kind: 'ENCUMBRANCE_IMPOSED',
          section: 'PROPERTY',
          item: was.cadastral,
          before: null,
          after: { text: 'ARREST since 2026-11-20', position: null, status: 'ARREST', amount: null, date: '2026-11-20', paid: null },
        },
        {
          kind: 'KINDERGARTEN_QUEUE_POSITION_CHANGED',
          section: 'QUEUES',
          item: was.application,
          before: { text: '57', position: 57, status: 'WAITING', amount: null, date: null, paid: null },
          after: { text: '41', position: 41, status: 'WAITING', amount: null, date: null, paid: null },
        },
        {
          kind: 'SERVICE_REQUEST_STATUS_CHANGED',
          section: 'SERVICE_REQUESTS',
          item: was.request.number,
          before: { text: 'IN_PROGRESS', position: null, status: 'IN_PROGRESS', amount: null, date: null, paid: null },
          after: { text: 'COMPLETED', position: null, status: 'COMPLETED', amount: null, date: null, paid: null },
        },
      ].sort((a, b) => `${a.section}${a.kind}${a.item}`.localeCompare(`${b.section}${b.kind}${b.item}`)),
    );
    for (const c of found) expect(Date.now() - Date.parse(c.foundAt)).toBeLessThan(60_000);
    // and the refresh returned them with the person: what its own reads found
    const short = (c: Pick<Change, 'kind' | 'section' | 'item' | 'before' | 'after'>) => ({
      kind: c.kind,
      section: c.section,
      item: c.item,
      before: c.before && { text: c.before.text },
      after: c.after && { text: c.after.text },
    });
    expect([...refresh.data!.refreshDossier.person.changesFound].sort(byKind)).toEqual(found.map(short).sort(byKind));
  });

  it('a second refresh with nothing new finds nothing', async () => {
    const before = await changesOf(DEMO.user);
    // a read from the cache found nothing itself, though its copies are those the changes were found in
    const cached = await gql(system, '{ me { changesFound { kind } queuesFreshness { source } } }', { token: await tokenFor(DEMO.user) });
    expect(cached.data!.me).toEqual({ changesFound: [], queuesFreshness: { source: 'CACHE' } });
    const refresh = await gql(system, REFRESH, { token: await tokenFor(DEMO.user), variables: { sections: WATCHED } });
    expect(refresh.errors).toBeUndefined();
    expect(refresh.data!.refreshDossier.person.changesFound).toEqual([]);
    expect(await changesOf(DEMO.user)).toEqual(before);
    expect(before).toHaveLength(5);
    // the same list, two at a time, by cursor
    const token = await tokenFor(DEMO.user);
    const pages: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await gql(
        system,
        'query P($after: String) { me { dossierChanges(first: 2, after: $after) { edges { node { kind item } } pageInfo { hasNextPage endCursor } } } }',
        {
          token,
          variables: { after },
        },
      );
      const connection = page.data.me.dossierChanges;
      pages.push(...connection.edges.map((e: { node: { kind: string; item: string } }) => `${e.node.kind} ${e.node.item}`));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    expect(pages).toEqual(before.map((c) => `${c.kind} ${c.item}`));
  });

  it("another citizen, and a parent reading a child, see none of the first citizen's changes", async () => {
    // the wife co-owns the flat: her first view is her own baseline, her list is empty
    const wife = await tokenFor(DEMO.wife);
    expect((await gql(system, '{ me { realEstate { cadastralNumber } } }', { token: wife })).errors).toBeUndefined();
    expect(await changesOf(DEMO.wife)).toEqual([]);
    // only the owner reads a dossier's changes: not the parent of a minor
    const child = await gql(system, `{ person(iin: "${DEMO.daughter}") { dossierChanges { edges { node { kind } } } } }`, {
      token: await tokenFor(DEMO.user),
    });
    expect(child.data?.person?.dossierChanges ?? null).toBeNull();
    expect(child.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('the outbox holds one row per change and channel the settings enable', async () => {
    const { rows } = await admin.query<{ kind: string; channel: string; due: boolean }>(
      `SELECT c.kind, o.channel, o.deliver_after <= now() AS due FROM ${schema}.notification_outbox o JOIN ${schema}.dossier_changes c ON c.id = o.change_id
        WHERE o.citizen = $1 ORDER BY c.kind, o.channel`,
      [pseudonym(DEMO.user)],
    );
    // FINE_IMPOSED by SMS and Telegram, the queue move by nothing, the rest by the default push
    expect(rows.map((r) => `${r.kind} ${r.channel}`)).toEqual([
      'ENCUMBRANCE_IMPOSED PUSH',
      'FINE_IMPOSED SMS',
      'FINE_IMPOSED TELEGRAM',
      'FINE_PAID PUSH',
      'SERVICE_REQUEST_STATUS_CHANGED PUSH',
    ]);
    // no quiet hours: due at once
    expect(rows.every((r) => r.due)).toBe(true);
  });

  it('concurrent live reads of one person record a change once', async () => {
    // six replicas' recorders, each with a connection of its own ready, see the same change at once, five times over
    const recorders = Array.from({ length: 6 }, () => createChangeRecorder(database));
    await Promise.all(recorders.map(() => database.query('SELECT 1')));
    const iin = population.people.find((p) => p.birthDate < '2000-01-01' && !Object.values(DEMO).includes(p.iin as never))!.iin;
    const item = (status: string) => [{ what: 'LICENCE' as const, key: 'KZ99LIC-1', reference: 'KZ99LIC-1', value: { text: status, status } }];
    await recorders[0]!.observe('LICENCES', [{ iin, items: item('VALID') }]);
    const statuses = ['SUSPENDED', 'VALID', 'SUSPENDED', 'REVOKED', 'VALID'];
    for (const status of statuses) await Promise.all(recorders.map((r) => r.observe('LICENCES', [{ iin, items: item(status) }])));
    const { rows } = await admin.query(`SELECT after->>'status' AS status FROM ${schema}.dossier_changes WHERE citizen = $1 ORDER BY id`, [pseudonym(iin)]);
    expect(rows.map((r) => r.status)).toEqual(statuses);
  });

  it('a database that fails costs the recording only: observe resolves, the failure is counted and logged', async () => {
    expectLog('dossier_changes_failed');
    // a schema without the tables: every statement fails
    const empty = `${schema}_empty`;
    await admin.query(`CREATE SCHEMA ${empty}`);
    const broken = pgDatabase(new pg.Pool({ connectionString: DATABASE_URL, options: `-c search_path=${empty}` }));
    try {
      const failures = async () =>
        (await registry.getSingleMetric('dossier_change_tracking_failures_total')!.get()).values.find((v) => v.labels.section === 'FINES')?.value ?? 0;
      const before = await failures();
      const items = [{ what: 'FINE' as const, key: 'p', reference: 'p', value: { text: '1 ₸, unpaid', amount: 1, paid: false } }];
      await expect(createChangeRecorder(broken).observe('FINES', [{ iin: DEMO.wife, items }])).resolves.toBeUndefined();
      expect(await failures()).toBe(before + 1);
    } finally {
      await broken.close();
      await admin.query(`DROP SCHEMA ${empty} CASCADE`);
    }
  });

  it('the stored rows hold no IIN, name or address in clear', async () => {
    const civil = await fetch(`${mockOf('civil-registry')}/api/v1/persons/${DEMO.user}`).then((r) => r.json() as Promise<Record<string, any>>);
    const forbidden = [...Object.values(DEMO), civil.surname, civil.firstName, civil.address.street];
    const dump = [];
    for (const table of ['dossier_last_seen', 'dossier_changes', 'notification_settings', 'notification_outbox']) {
      const { rows } = await admin.query(`SELECT * FROM ${schema}.${table}`);
      expect(rows.length, table).toBeGreaterThan(0);
      dump.push(JSON.stringify(rows));
    }
    const text = dump.join('\n');
    for (const word of forbidden) expect(text).not.toContain(word);
    expect(text).not.toMatch(/(?<!\d)\d{12}(?!\d)/);
  });
});

describe('with the least privileges the README grants', () => {
  /** A LOGIN role with only these grants (and USAGE on the schema), and a database connected as it. */
  async function connectAs(kind: string, grants: string[]): Promise<Database> {
    const role = `${schema}_${kind}`;
    const password = randomUUID();
    roles.push(role);
    await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}' NOSUPERUSER NOCREATEDB NOCREATEROLE`);
    await admin.query(`GRANT USAGE ON SCHEMA ${schema} TO ${role}`);
    for (const grant of grants) await admin.query(`GRANT ${grant} TO ${role}`);
    const url = new URL(DATABASE_URL);
    url.username = role;
    url.password = password;
    return pgDatabase(new pg.Pool({ connectionString: url.href, options: `-c search_path=${schema}` }));
  }

  it("a subgraph's role records, a gateway's role lists and keeps the settings; neither can do the other's work", async () => {
    const subgraphDb = await connectAs('sub', [
      `SELECT, INSERT, UPDATE ON ${schema}.dossier_last_seen`,
      // (SELECT for INSERT ... RETURNING id)
      `SELECT, INSERT ON ${schema}.dossier_changes`,
      `INSERT ON ${schema}.notification_outbox`,
      `SELECT ON ${schema}.notification_settings`,
    ]);
    const gatewayDb = await connectAs('gw', [`SELECT ON ${schema}.dossier_changes`, `SELECT, INSERT, UPDATE ON ${schema}.notification_settings`]);
    try {
      const iin = population.people.filter((p) => p.birthDate < '2000-01-01' && !Object.values(DEMO).includes(p.iin as never))[1]!.iin;
      const gateway = createDossierChanges(gatewayDb);
      await gateway.updateSettings(iin, { channels: [{ kind: 'BENEFIT_ENDED', channels: ['EMAIL', 'SMS'] }], quietHours: null });
      const recorder = createChangeRecorder(subgraphDb);
      const benefit = (status: string) => [{ what: 'BENEFIT' as const, key: 'D-1', reference: 'D-1', value: { text: status, status } }];
      await recorder.observe('SOCIAL_BENEFITS', [{ iin, items: benefit('ASSIGNED') }]);
      await recorder.observe('SOCIAL_BENEFITS', [{ iin, items: benefit('ENDED') }]);
      expect((await gateway.list(iin, 10)).entries.map((e) => [e.kind, e.before?.status, e.after?.status])).toEqual([['BENEFIT_ENDED', 'ASSIGNED', 'ENDED']]);
      const { rows } = await admin.query(`SELECT channel FROM ${schema}.notification_outbox WHERE citizen = $1 ORDER BY channel`, [pseudonym(iin)]);
      expect(rows).toEqual([{ channel: 'EMAIL' }, { channel: 'SMS' }]);
      // the gateway's role cannot record changes, the subgraph's cannot change settings
      await expect(gatewayDb.query(`INSERT INTO dossier_last_seen (citizen, section) VALUES ('${'x'.repeat(22)}', 'FINES')`)).rejects.toMatchObject({
        code: '42501',
      });
      await expect(subgraphDb.query(`UPDATE notification_settings SET settings = '{}'`)).rejects.toMatchObject({ code: '42501' });
    } finally {
      await subgraphDb.close();
      await gatewayDb.close();
    }
  });

  it('quiet hours put off the delivery until they end (Kazakhstan time)', async () => {
    const iin = population.people.filter((p) => p.birthDate < '2000-01-01' && !Object.values(DEMO).includes(p.iin as never))[2]!.iin;
    // quiet from an hour ago to an hour from now, in Almaty (UTC+5)
    const hhmm = (ms: number) => new Date(ms + 5 * 3_600_000).toISOString().slice(11, 16);
    const now = Date.now();
    await createDossierChanges(database).updateSettings(iin, { quietHours: { from: hhmm(now - 3_600_000), to: hhmm(now + 3_600_000) } });
    const recorder = createChangeRecorder(database, { now: () => now });
    const licence = (status: string) => [{ what: 'LICENCE' as const, key: 'L-9', reference: 'L-9', value: { text: status, status } }];
    await recorder.observe('LICENCES', [{ iin, items: licence('VALID') }]);
    await recorder.observe('LICENCES', [{ iin, items: licence('REVOKED') }]);
    const { rows } = await admin.query<{ channel: string; deliver_after: Date }>(
      `SELECT channel, deliver_after FROM ${schema}.notification_outbox WHERE citizen = $1`,
      [pseudonym(iin)],
    );
    expect(rows.map((r) => r.channel)).toEqual(['PUSH']);
    expect(hhmm(rows[0]!.deliver_after.getTime())).toBe(hhmm(now + 3_600_000));
    expect(rows[0]!.deliver_after.getTime()).toBeGreaterThan(now + 3_500_000);
  });
});

describe('notification settings', () => {
  it('are read back as saved; a wrong input is BAD_USER_INPUT naming what is wrong, and changes nothing', async () => {
    const token = await tokenFor(DEMO.wife);
    const saved = await gql(
      system,
      'mutation { updateNotificationSettings(input: { quietHours: { from: "23:30", to: "07:00" } }) { quietHours { from to } } }',
      { token },
    );
    expect(saved.data!.updateNotificationSettings.quietHours).toEqual({ from: '23:30', to: '07:00' });
    const wrong = await gql(system, 'mutation { updateNotificationSettings(input: { quietHours: { from: "23:30", to: "7:00" } }) { quietHours { from } } }', {
      token,
    });
    expect(wrong.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'input.quietHours.to', rule: 'FORMAT' });
    expect(wrong.errors?.[0]?.message).toMatch(/quietHours\.to must be a time of day as HH:MM/);
    const read = await gql(system, '{ me { notificationSettings { quietHours { from to } channels { kind channels } } } }', { token });
    expect(read.data!.me.notificationSettings.quietHours).toEqual({ from: '23:30', to: '07:00' });
    expect(read.data!.me.notificationSettings.channels).toHaveLength(12);
  });

  it('need a login by EDS, as the changes do: a password login gets EDS_REQUIRED and changes nothing', async () => {
    const token = await tokenFor(DEMO.wife, 'PASSWORD');
    const update = await gql(system, 'mutation { updateNotificationSettings(input: { quietHours: null }) { quietHours { from } } }', { token });
    expect(update.errors?.map((e) => e.extensions?.code)).toEqual(['EDS_REQUIRED']);
    const read = await gql(system, '{ me { dossierChanges { edges { node { kind } } } notificationSettings { quietHours { from } } } }', { token });
    expect(read.data?.me).toEqual({ dossierChanges: null, notificationSettings: null });
    expect(new Set(read.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['EDS_REQUIRED']));
    const eds = await gql(system, '{ me { notificationSettings { quietHours { from to } } } }', { token: await tokenFor(DEMO.wife) });
    expect(eds.data!.me.notificationSettings.quietHours).toEqual({ from: '23:30', to: '07:00' });
  });

  it('two first updates at once, of two kinds, both hold', async () => {
    const iin = population.people.filter((p) => p.birthDate < '2000-01-01' && !Object.values(DEMO).includes(p.iin as never))[3]!.iin;
    const replicas = [createDossierChanges(database), createDossierChanges(database)];
    await Promise.all([
      replicas[0]!.updateSettings(iin, { channels: [{ kind: 'FINE_PAID', channels: ['SMS'] }] }),
      replicas[1]!.updateSettings(iin, { channels: [{ kind: 'FINE_IMPOSED', channels: ['EMAIL'] }] }),
    ]);
    const settings = await replicas[0]!.settings(iin);
    expect([settings.channels.FINE_PAID, settings.channels.FINE_IMPOSED, settings.channels.BENEFIT_ENDED]).toEqual([['SMS'], ['EMAIL'], ['PUSH']]);
  });
});
