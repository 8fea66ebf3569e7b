/**
 * A production start that cannot work does not start: every missing or unusable setting is named
 * at once, and nothing listens (before, it said "Ready" and then failed every request).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AccessLog } from '../gateway/access-log/store.js';
import { authConfigFromEnv } from '../gateway/auth.js';
import { startGateway } from '../gateway/server.js';
import { configProblems, productionConfigProblems } from '../runtime/config.js';

const KEY = Buffer.alloc(32, 7).toString('base64url');
const COMPLETE = {
  NODE_ENV: 'production',
  INTERNAL_SECRET: KEY,
  HASH_KEY: KEY,
  CACHE_KEY: KEY,
  REDIS_URL: 'redis://cache.internal:6379',
  JWT_JWKS_URL: 'https://idp.egov.kz/.well-known/jwks.json',
  JWT_ISSUER: 'https://idp.egov.kz',
  DATABASE_URL: 'postgres://dossier@db.internal/dossier',
};
const SETTINGS = ['INTERNAL_SECRET', 'HASH_KEY', 'CACHE_KEY', 'REDIS_URL', 'JWT_JWKS_URL', 'JWT_ISSUER', 'DATABASE_URL', 'ACCESS_LOG_DIR', 'TODAY'];
const variablesIn = (problems: string[]) => problems.map((p) => p.split(/[= ]/)[0]);

describe('the settings a production start needs', () => {
  it('are all named at once, each with what it is', () => {
    const problems = productionConfigProblems(['gateway', 'subgraph'], { NODE_ENV: 'production' });
    expect(variablesIn(problems)).toEqual(['INTERNAL_SECRET', 'HASH_KEY', 'JWT_JWKS_URL', 'JWT_ISSUER', 'DATABASE_URL', 'REDIS_URL']);
    expect(problems[1]).toBe(
      'HASH_KEY (not set): required in production, where the development secrets are never used (e.g. HASH_KEY=$(openssl rand -base64 32))',
    );
  });

  it('are those of the part that starts', () => {
    expect(variablesIn(productionConfigProblems(['subgraph'], { NODE_ENV: 'production', REDIS_URL: 'redis://cache.internal' }))).toEqual([
      'INTERNAL_SECRET',
      'HASH_KEY',
      'CACHE_KEY',
    ]);
    expect(variablesIn(productionConfigProblems(['gateway'], { NODE_ENV: 'production' }))).toEqual([
      'INTERNAL_SECRET',
      'HASH_KEY',
      'JWT_JWKS_URL',
      'JWT_ISSUER',
      'DATABASE_URL',
      'REDIS_URL',
    ]);
    // a pinned date is a production problem too, named with the rest
    expect(variablesIn(productionConfigProblems(['subgraph'], { ...COMPLETE, TODAY: '2026-11-22' }))).toEqual(['TODAY']);
  });

  it('include a key too short to be one, and are satisfied by a complete configuration', () => {
    expect(configProblems(['gateway', 'subgraph'], { ...COMPLETE, HASH_KEY: 'c2hvcnQ' })).toEqual([
      'HASH_KEY (set; a secret, not shown): not a key of 32 or more bytes in base64 (e.g. HASH_KEY=$(openssl rand -base64 32))',
    ]);
    expect(productionConfigProblems(['gateway', 'subgraph'], COMPLETE)).toEqual([]);
    const { DATABASE_URL: _, ...withDirectory } = COMPLETE;
    expect(productionConfigProblems(['gateway'], { ...withDirectory, ACCESS_LOG_DIR: '/var/lib/dossier' })).toEqual([]);
  });

  it('are not asked for outside production, where development secrets stand in', () => {
    expect(productionConfigProblems(['gateway', 'subgraph'], {})).toEqual([]);
  });
});

describe('a production gateway without its settings', () => {
  it('refuses to start, naming them', async () => {
    const saved = process.env.NODE_ENV;
    const auth = await authConfigFromEnv({});
    const accessLog: AccessLog = {
      record: async () => undefined,
      list: async () => ({ entries: [], endCursor: null, hasNextPage: false }),
      close: async () => undefined,
    };
    process.env.NODE_ENV = 'production';
    try {
      await expect(startGateway({ auth, accessLog, port: 0, host: '127.0.0.1' })).rejects.toThrow(
        /INTERNAL_SECRET \(not set\)[\s\S]*HASH_KEY \(not set\)[\s\S]*JWT_JWKS_URL/,
      );
    } finally {
      process.env.NODE_ENV = saved;
    }
  });
});

describe('npm start in production without its settings', { timeout: 60_000 }, () => {
  it('names every missing setting on stderr, exits 1, and never says Ready', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.17' };
    for (const name of SETTINGS) delete env[name];
    const root = fileURLToPath(new URL('..', import.meta.url));
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
      execFile(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: root, env, timeout: 50_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      ),
    );
    expect(code).toBe(1);
    for (const name of ['INTERNAL_SECRET', 'HASH_KEY', 'JWT_JWKS_URL', 'JWT_ISSUER', 'DATABASE_URL', 'REDIS_URL'])
      expect(stderr).toContain(`  ${name} (not set)`);
    expect(stderr).toContain('Cannot start in production');
    expect(stdout).not.toContain('Ready');
  });
});
