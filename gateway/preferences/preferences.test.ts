/**
 * The sections a citizen hid, on PostgreSQL: one row per change, the latest per section wins,
 * one citizen's page never another's, and the gateway's least-privilege role (SELECT, INSERT) suffices.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateConfigured } from '../access-log/migrate-main.js';
import { pgDatabase, type Database } from '../../runtime/sql.js';
import { expectLog } from '../../test/logs.js';
import { createSectionPreferences } from './store.js';

const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DAD = '850314301234';
const MUM = '870722404561';
const schema = `prefs_${randomBytes(6).toString('hex')}`;
const role = `prefs_app_${randomBytes(4).toString('hex')}`;
const password = randomBytes(12).toString('hex');
const admin = new pg.Pool({ connectionString: DATABASE_URL });
let db: Database;

expectLog('preferences_read_failed');

beforeAll(async () => {
  await admin.query(`CREATE SCHEMA ${schema}`);
  await migrateConfigured({ DATABASE_URL: `${DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}` });
  // the grants of gateway/access-log/README.md
  await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}' NOSUPERUSER NOCREATEDB NOCREATEROLE`);
  await admin.query(`GRANT USAGE ON SCHEMA ${schema} TO ${role}`);
  await admin.query(`GRANT SELECT, INSERT ON ${schema}.section_visibility TO ${role}`);
  const url = new URL(DATABASE_URL);
  url.username = role;
  url.password = password;
  db = pgDatabase(new pg.Pool({ connectionString: url.href, options: `-c search_path=${schema}` }));
});
afterAll(async () => {
  await db?.close();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.query(`DROP ROLE IF EXISTS ${role}`);
  await admin.end();
});

describe('section preferences', () => {
  it('keeps the sections a citizen hid, in the order of the sections, the latest change of each winning', async () => {
    const preferences = createSectionPreferences(db);
    expect(await preferences.hidden(DAD)).toEqual([]);
    await preferences.set(DAD, 'LICENCES', true);
    await preferences.set(DAD, 'VEHICLES', true);
    await preferences.set(DAD, 'VEHICLES', true);
    expect(await preferences.hidden(DAD)).toEqual(['VEHICLES', 'LICENCES']);
    await preferences.set(DAD, 'VEHICLES', false);
    expect(await preferences.hidden(DAD)).toEqual(['LICENCES']);
    // another citizen's page is their own
    expect(await preferences.hidden(MUM)).toEqual([]);
    // every change is a row: nothing was updated or deleted (the role may do neither)
    const { rows } = await admin.query(`SELECT section, hidden FROM ${schema}.section_visibility WHERE owner_iin = $1 ORDER BY id`, [DAD]);
    expect(rows).toEqual([
      { section: 'LICENCES', hidden: true },
      { section: 'VEHICLES', hidden: true },
      { section: 'VEHICLES', hidden: true },
      { section: 'VEHICLES', hidden: false },
    ]);
    await expect(db.query(`DELETE FROM section_visibility`)).rejects.toMatchObject({ code: '42501' });
  });

  it('refuses what is not a section or an IIN before the database, and answers a coded error when the database is gone', async () => {
    const preferences = createSectionPreferences(db);
    await expect(preferences.set(DAD, 'NOPE' as never, true)).rejects.toThrow('invalid section');
    await expect(preferences.hidden('123')).rejects.toThrow('invalid ownerIin');
    const gone = pgDatabase(new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 500 }));
    await expect(createSectionPreferences(gone).hidden(DAD)).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', section: 'PREFERENCES' } });
    await gone.close();
  });
});
