/**
 * The federation end to end over HTTP: mock state systems → subgraphs → gateway → client.
 */
import { SignJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { startSystem, type RunningSystem } from '../scripts/system.js';
import { MemoryCache } from '../subgraphs/kit/cache.js';
import { issueDevToken } from '../gateway/auth.js';
import { devSecrets } from '../runtime/secrets.js';
import { gql, mockStats, resetMocks, tokenFor } from './helpers.js';

let system: RunningSystem;
// a real cache, emptied before each test: counts start cold, and the gateway's own look-ups share it
const cache = new MemoryCache();
let eds: string;

beforeAll(async () => {
  // every read cold: these tests count state-system requests (the cache has its own tests)
  system = await startSystem({ population: generatePopulation({ size: 2000 }), cache });
  eds = await tokenFor(DEMO.user, 'EDS');
});
afterAll(() => system?.close());
beforeEach(async () => {
  cache.clear();
  await resetMocks(system);
});

describe('the demo user reads their dossier', () => {
  it('me with spouse and children, through the gateway', async () => {
    const body = await gql(
      system,
      `{
      me {
        iin name { full } birthDate sex
        spouse { iin }
        marriages { spouseName { full } dissolvedOn }
        children { iin name { firstName } birthDate }
        address { full }
      }
    }`,
      { token: eds },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      me: {
        iin: DEMO.user,
        name: { full: 'Ахметов Серик Нурланович' },
        birthDate: '1985-03-14',
        sex: 'MALE',
        spouse: { iin: DEMO.wife },
        marriages: [
          { spouseName: { full: 'Ахметова Айгерим Болатовна' }, dissolvedOn: null },
          { spouseName: { full: 'Касымова Динара Болатовна' }, dissolvedOn: '2014-03-20' },
        ],
        children: [
          { iin: DEMO.elderSon, name: { firstName: 'Тимур' }, birthDate: '2010-02-02' },
          { iin: DEMO.daughter, name: { firstName: 'Айлин' }, birthDate: '2021-05-10' },
          { iin: DEMO.son, name: { firstName: 'Алихан' }, birthDate: '2023-09-01' },
        ],
        address: { full: 'г. Алматы, проспект Абая, 150, кв. 42' },
      },
    });
  });

  it('costs the civil registry one data request for the parent and ONE for all the children together', async () => {
    const body = await gql(system, '{ me { name { full } children { name { full } birthDate documents { number } } } }', { token: eds });
    expect(body.errors).toBeUndefined();
    const civil = (await mockStats(system))['civil-registry']!;
    expect(civil.requests).toBe(2);
    expect(civil.calls).toEqual([[DEMO.user], [DEMO.elderSon, DEMO.daughter, DEMO.son]]);
  });

  it('reads a minor child by person(iin)', async () => {
    const body = await gql(system, `{ person(iin: "${DEMO.daughter}") { iin name { full } } }`, { token: eds });
    expect(body.data).toEqual({ person: { iin: DEMO.daughter, name: { full: 'Ахметова Айлин Сериковна' } } });
  });
});

describe('authentication', () => {
  const query = '{ me { iin } }';
  const expectUnauthenticated = async (token: string | null, headers?: Record<string, string>) => {
    const body = await gql(system, query, { token, headers });
    expect(body.status).toBe(401);
    expect(body.data ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect((await mockStats(system))['civil-registry']!.requests).toBe(0);
  };

  it('refuses a request without a token', () => expectUnauthenticated(null));
  it('refuses a malformed token', () => expectUnauthenticated('not-a-jwt'));
  it('refuses a non-bearer scheme', () => expectUnauthenticated(null, { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }));
  it('refuses an expired token', async () => expectUnauthenticated(await tokenFor(DEMO.user, 'EDS', '-1m')));
  it('refuses a token signed by another key', async () => {
    const forged = await new SignJWT({ amr: ['eds'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(DEMO.user)
      .setIssuer('https://idp.dev.dossier.local')
      .setAudience('dossier-gateway')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a guessed secret of thirty-two bytes!'));
    await expectUnauthenticated(forged);
  });
  it('refuses an unsigned token (alg: none)', async () => {
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    await expectUnauthenticated(`${b64({ alg: 'none' })}.${b64({ sub: DEMO.user, exp: 9999999999 })}.`);
  });
  it('refuses a token whose subject is not a valid IIN', async () => expectUnauthenticated(await tokenFor('850314301235')));
  it('refuses a token from another issuer', async () =>
    expectUnauthenticated(await issueDevToken(DEMO.user, { login: 'EDS', issuer: 'https://evil.example' })));
  it('refuses a token for another audience', async () => expectUnauthenticated(await issueDevToken(DEMO.user, { login: 'EDS', audience: 'another-service' })));
  it('refuses algorithm confusion: HS256 keyed with the public key', async () => {
    const publicJwk = devSecrets().jwtPublicJwk;
    const confused = await new SignJWT({ amr: ['eds'] })
      .setProtectedHeader({ alg: 'HS256', kid: 'dev' })
      .setSubject(DEMO.user)
      .setIssuer('https://idp.dev.dossier.local')
      .setAudience('dossier-gateway')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(JSON.stringify(publicJwk)));
    await expectUnauthenticated(confused);
  });
});

describe('who may be read, and bad input', () => {
  it('forbids person(iin) of anyone but the caller and their minor children', async () => {
    for (const iin of [DEMO.father, DEMO.wife]) {
      const body = await gql(system, `{ person(iin: "${iin}") { iin name { full } } }`, { token: eds });
      expect(body.data).toEqual({ person: null });
      expect(body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
      expect(JSON.stringify(body)).not.toContain('Нурлан');
    }
  });

  it.each([
    ['8503143012', 'FORMAT'],
    ['850314301235', 'CONTROL_DIGIT'],
    ['851414301234', 'BIRTH_DATE'],
  ])('rejects person(iin: %s) with BAD_USER_INPUT naming the rule %s, before any state system is asked', async (iin, rule) => {
    const body = await gql(system, 'query($iin: String!) { person(iin: $iin) { iin name { full } } }', { token: eds, variables: { iin } });
    expect(body.data).toEqual({ person: null });
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'iin', rule });
    expect(body.errors![0]!.message).toMatch(/IIN/);
    expect((await mockStats(system))['civil-registry']!.requests).toBe(0);
  });
});
