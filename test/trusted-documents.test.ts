/**
 * Trusted documents over HTTP: a production gateway executes only the clients' manifest documents
 * (by hash, or by full text), refuses anything else before a state system is asked; development
 * keeps arbitrary queries for Sandbox.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openPostgresAccessLog, type AccessLog } from '../gateway/access-log/store.js';
import { authConfigFromEnv } from '../gateway/auth.js';
import { startGateway } from '../gateway/server.js';
import { loadTrustedDocuments, trustedDocumentsMode } from '../gateway/trusted-documents.js';
import type { Served } from '../runtime/http.js';
import { manifestFile } from '../schema/clients.js';
import { startSystem, type RunningSystem } from '../scripts/system.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { IdentitySummaryDocument } from './operations/__generated__/client/graphql.js';
import { requestCounts, resetMocks, tokenFor } from './helpers.js';
import { operation } from './operations.js';
import { migrateConfigured } from '../gateway/access-log/migrate-main.js';

const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `trusted_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
const admin = new pg.Pool({ connectionString: DATABASE_URL });
let accessLog: AccessLog;
let system: RunningSystem;
let production: Served;
const manifest = JSON.parse(readFileSync(manifestFile('test/operations'), 'utf8')) as Record<string, string>;
// the hash the client preset puts on each generated document, which a client sends
const identityHash = (IdentitySummaryDocument as { __meta__?: { hash?: string } }).__meta__!.hash!;

beforeAll(async () => {
  await admin.query(`CREATE SCHEMA ${schema}`);
  // the gateway only checks the schema (npm run migrate applies it), as in production
  await migrateConfigured({ DATABASE_URL: `${DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}` });
  accessLog = await openPostgresAccessLog({ connectionString: DATABASE_URL, options: `-c search_path=${schema}` });
  system = await startSystem({ population: generatePopulation({ size: 200 }), accessLog });
  production = await startGateway({
    auth: await authConfigFromEnv(),
    subgraphUrls: Object.fromEntries(system.subgraphs.map((s) => [s.name, s.url])),
    development: false,
    trustedDocuments: 'required',
    accessLog,
    port: 0,
    host: '127.0.0.1',
  });
}, 120_000);
afterAll(async () => {
  await production?.close();
  await system?.close();
  await accessLog?.close();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});
beforeEach(() => resetMocks(system));

async function post(url: string, body: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(DEMO.user)}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> }) };
}
const byHash = (sha256Hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash } } });
const codes = (body: { errors?: Array<{ extensions?: { code?: string } }> }) => (body.errors ?? []).map((e) => e.extensions?.code);
const stateCalls = async () => Object.values(await requestCounts(system)).reduce((a, b) => a + b, 0);

describe('in production (TRUSTED_DOCUMENTS=required)', () => {
  it('executes a manifest operation named by its hash, as the manifest writes it or in plain hex', async () => {
    expect(identityHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(Object.keys(manifest)).toContain(identityHash);
    for (const hash of [identityHash, identityHash.slice('sha256:'.length)]) {
      const body = await post(production.url, byHash(hash));
      expect(body.errors).toBeUndefined();
      expect(body.data.me.iin).toBe(DEMO.user);
      // (the manifest's text is executed: its fields sorted by name)
      expect(Object.keys(body.data.me)).toEqual(['birthDate', 'iin', 'name']);
    }
  });

  it("executes the same operation sent in full: the manifest's text, or the client's own formatting of it", async () => {
    const fromManifest = await post(production.url, { query: manifest[identityHash] });
    const asWritten = await post(production.url, { query: operation('IdentitySummary') });
    const withApqHash = await post(production.url, { query: manifest[identityHash], ...byHash(identityHash.slice('sha256:'.length)) });
    for (const body of [fromManifest, asWritten, withApqHash]) {
      expect(body.errors).toBeUndefined();
      expect(body.data.me.iin).toBe(DEMO.user);
    }
    expect(operation('IdentitySummary')).not.toBe(manifest[identityHash]);
  });

  it('refuses an arbitrary query with OPERATION_NOT_TRUSTED, before any state system is asked', async () => {
    for (const query of ['{ me { iin vehicles { plate } } }', `${manifest[identityHash]} `.replace('birthDate', 'birthDate sex'), 'not graphql {']) {
      const body = await post(production.url, { query });
      expect(body.status).toBe(400);
      expect(codes(body)).toEqual(['OPERATION_NOT_TRUSTED']);
      expect(body.data).toBeUndefined();
    }
    expect(await stateCalls()).toBe(0);
  });

  it('refuses a hash no manifest has with PERSISTED_QUERY_NOT_FOUND, and registers no query sent with its hash', async () => {
    const unknown = 'ab'.repeat(32);
    const body = await post(production.url, byHash(unknown));
    expect(codes(body)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(body.data).toBeUndefined();
    // an automatic persisted query's registration: the query with its own hash
    const query = '{ me { iin } }';
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(query).digest('hex');
    expect(codes(await post(production.url, { query, ...byHash(hash) }))).toEqual(['OPERATION_NOT_TRUSTED']);
    expect(codes(await post(production.url, byHash(hash)))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(await stateCalls()).toBe(0);
  });
});

describe('in development (TRUSTED_DOCUMENTS=optional)', () => {
  it('executes an arbitrary query, for Sandbox, and a manifest operation by hash', async () => {
    const arbitrary = await post(system.gatewayUrl, { query: '{ me { iin } }' });
    expect(arbitrary.errors).toBeUndefined();
    expect(arbitrary.data).toEqual({ me: { iin: DEMO.user } });
    const trusted = await post(system.gatewayUrl, byHash(identityHash));
    expect(trusted.errors).toBeUndefined();
    expect(trusted.data.me.iin).toBe(DEMO.user);
  });
});

describe('configuration and manifests', () => {
  it('requires trusted documents in production, by default and with no way out', () => {
    expect(trustedDocumentsMode({ NODE_ENV: 'production' })).toBe('required');
    expect(trustedDocumentsMode({})).toBe('optional');
    expect(trustedDocumentsMode({ TRUSTED_DOCUMENTS: 'required' })).toBe('required');
    expect(() => trustedDocumentsMode({ NODE_ENV: 'production', TRUSTED_DOCUMENTS: 'optional' })).toThrow(/refused in production/);
    expect(() => trustedDocumentsMode({ TRUSTED_DOCUMENTS: 'yes' })).toThrow(/"required" or "optional"/);
  });

  it("loads every committed manifest, and refuses one whose text is not its hash's", () => {
    const documents = loadTrustedDocuments();
    expect(documents.get(identityHash.slice('sha256:'.length))).toBe(manifest[identityHash]);
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    const tampered = join(dir, 'persisted-documents.json');
    writeFileSync(tampered, JSON.stringify({ [identityHash]: '{ me { iin vehicles { plate } } }' }));
    expect(() => loadTrustedDocuments([tampered])).toThrow(/not the text of that hash/);
  });
});
