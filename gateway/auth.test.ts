import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authConfigFromEnv, authenticate, issueDevToken } from './auth.js';

describe("tokens verified against the identity provider's JWKS (production)", () => {
  let jwks: Server;
  let url: string;
  let sign: (claims: { sub: string; amr?: string[] }, options?: { issuer?: string }) => Promise<string>;

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'idp-2026', alg: 'RS256', use: 'sig' };
    jwks = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`;
    sign = (claims, options = {}) =>
      new SignJWT({ amr: claims.amr })
        .setProtectedHeader({ alg: 'RS256', kid: 'idp-2026' })
        .setSubject(claims.sub)
        .setIssuer(options.issuer ?? 'https://idp.egov.kz')
        .setAudience('dossier-gateway')
        .setExpirationTime('5m')
        .sign(privateKey);
  });
  afterAll(() => new Promise<void>((resolve) => jwks.close(() => resolve())));

  const config = () => authConfigFromEnv({ NODE_ENV: 'production', JWT_JWKS_URL: url, JWT_ISSUER: 'https://idp.egov.kz' });

  it('accepts a token the provider signed, with the login method from amr', async () => {
    expect(await authenticate(`Bearer ${await sign({ sub: '850314301234', amr: ['eds'] })}`, await config())).toEqual({ iin: '850314301234', login: 'EDS' });
    expect(await authenticate(`Bearer ${await sign({ sub: '850314301234', amr: ['sms'] })}`, await config())).toEqual({ iin: '850314301234', login: 'SMS' });
  });

  it('refuses another issuer, and a development token', async () => {
    await expect(
      authenticate(`Bearer ${await sign({ sub: '850314301234' }, { issuer: 'https://idp.dev.dossier.local' })}`, await config()),
    ).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('needs a JWKS URL and an issuer in production', async () => {
    await expect(authConfigFromEnv({ NODE_ENV: 'production' })).rejects.toThrow(/JWT_JWKS_URL/);
    await expect(authConfigFromEnv({ NODE_ENV: 'production', JWT_JWKS_URL: url })).rejects.toThrow(/JWT_ISSUER/);
  });
});

describe('the Authorization header', () => {
  it('takes the scheme in any case: `bearer`, `BEARER` and `Bearer` are one scheme', async () => {
    const config = await authConfigFromEnv({});
    const token = await issueDevToken('850314301234', { login: 'EDS' });
    for (const scheme of ['Bearer', 'bearer', 'BEARER', 'bEaReR']) {
      expect(await authenticate(`${scheme} ${token}`, config), scheme).toEqual({ iin: '850314301234', login: 'EDS' });
    }
  });

  it('still refuses another scheme, or a bearer header without a token', async () => {
    const config = await authConfigFromEnv({});
    const token = await issueDevToken('850314301234', { login: 'EDS' });
    for (const header of [`Basic ${token}`, 'bearer', 'bearer ', `Bearer${token}`, token]) {
      await expect(authenticate(header, config), header).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    }
  });
});
