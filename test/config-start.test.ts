/**
 * A process with a bad configuration does not start: the gateway and a subgraph, each run as
 * production runs them (their entry point, in a process of its own), exit 1 before listening,
 * with one message on stderr naming every bad variable with an example, no secret and no stack.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const SECRET = 'dG9vLXNob3J0LXRvLWJlLWEta2V5';

function run(entry: string, settings: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.17', PORT: '0', METRICS_PORT: 'off' };
  // whatever this machine sets, the child has only the settings of the test
  for (const name of ['INTERNAL_SECRET', 'HASH_KEY', 'CACHE_KEY', 'REDIS_URL', 'JWT_JWKS_URL', 'JWT_ISSUER', 'DATABASE_URL', 'ACCESS_LOG_DIR', 'TODAY'])
    delete env[name];
  Object.assign(env, settings);
  return new Promise((resolve) =>
    execFile(process.execPath, ['--import', 'tsx', entry], { cwd: root, env, timeout: 50_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

describe('a bad configuration', { timeout: 60_000 }, () => {
  it('stops the gateway before it listens, naming every bad variable at once', async () => {
    const { code, stdout, stderr } = await run('gateway/index.ts', { REQUEST_DEADLINE_MS: '5s', LOG_LEVEL: 'loud', HASH_KEY: SECRET });
    expect(code).toBe(1);
    expect(stderr).toContain('Cannot start: these 3 settings are wrong or missing:');
    expect(stderr).toContain('  REQUEST_DEADLINE_MS=5s: not a whole number of milliseconds (e.g. REQUEST_DEADLINE_MS=5000)');
    expect(stderr).toContain('  LOG_LEVEL=loud: not "debug", "info", "warn" or "error" (e.g. LOG_LEVEL=warn)');
    expect(stderr).toContain('  HASH_KEY (set; a secret, not shown): not a key of 32 or more bytes in base64');
    expect(stderr).not.toContain(SECRET);
    expect(stdout).not.toContain('listening');
    noStack(stderr);
  });

  it('stops a subgraph, and in production names what production refuses with it', async () => {
    const { code, stderr } = await run('subgraphs/vehicles/index.ts', { NODE_ENV: 'production', STATE_TIMEOUT_MS: '2s', TODAY: '2026-11-22' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Cannot start in production \(NODE_ENV=production\): these \d+ settings are wrong or missing:/m);
    for (const line of [
      '  STATE_TIMEOUT_MS=2s: not a whole number of milliseconds (e.g. STATE_TIMEOUT_MS=2000)',
      '  TODAY=2026-11-22: pins the date for tests and demos; refused in production (e.g. unset TODAY)',
      '  INTERNAL_SECRET (not set): required in production',
      '  REDIS_URL (not set): required in production',
    ])
      expect(stderr).toContain(line);
    expect(stderr).not.toContain('"event":"listening"');
    noStack(stderr);
  });
});
