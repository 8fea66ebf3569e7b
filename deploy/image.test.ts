/**
 * The image, without a Docker engine: the Dockerfile's build stage is replayed as it is written
 * (its COPY lines, then its RUN lines, with the repository's node_modules standing in for
 * `npm ci`), its final stage laid out the same way, and the gateway and a subgraph are started
 * from that tree through the image's entrypoint, in production mode, as Kubernetes would: they
 * answer their probes and stop on SIGTERM with exit code 0.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logSink } from '../runtime/log.js';
import { freePort } from '../test/processes.js';
import { migrateConfigured } from '../gateway/access-log/migrate-main.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const DATABASE = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The Dockerfile's stages: their instructions, continuation lines joined. */
function stages(): Array<{ name?: string; lines: string[] }> {
  const text = readFileSync(join(root, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const result: Array<{ name?: string; lines: string[] }> = [];
  for (const line of lines) {
    if (line.startsWith('FROM ')) result.push({ name: /\bAS\s+(\S+)/i.exec(line)?.[1], lines: [] });
    else result.at(-1)?.lines.push(line);
  }
  return result;
}

/**
 * Replays a stage in `dir` (its WORKDIR, /app) as Docker would: COPY from the repository or from
 * another stage's directory (a directory's contents into the target; absolute targets outside
 * /app land in `dir` under their base name), RUN by `sh -c`; `npm ci` is the repository's node_modules.
 */
function replay(stage: { lines: string[] }, dir: string, stageDirs: Record<string, string>): void {
  const linkModules = () => existsSync(join(dir, 'node_modules')) || symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  for (const line of stage.lines) {
    const [instruction, ...rest] = line.split(/\s+/);
    if (instruction === 'RUN') {
      if (/^npm ci\b/.test(rest.join(' '))) linkModules();
      else execFileSync('sh', ['-c', rest.join(' ')], { cwd: dir, stdio: 'pipe' });
    }
    if (instruction !== 'COPY') continue;
    const from = rest.find((a) => a.startsWith('--from='))?.slice('--from='.length);
    const args = rest.filter((a) => !a.startsWith('--'));
    const dest = args.at(-1)!;
    const sources = args.slice(0, -1);
    const destPath = dest.startsWith('/app/') ? join(dir, dest.slice(5)) : dest.startsWith('/') ? join(dir, basename(dest)) : join(dir, dest);
    for (const src of sources) {
      const srcPath = from ? join(stageDirs[from]!, src.replace(/^\/app\/?/, '')) : join(root, src);
      if (basename(srcPath) === 'node_modules') linkModules();
      else if (statSync(srcPath).isDirectory()) cpSync(srcPath, destPath, { recursive: true });
      else {
        const target = dest.endsWith('/') || sources.length > 1 ? join(destPath, basename(src)) : destPath;
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(srcPath, target);
      }
    }
  }
}

const key = () => randomBytes(32).toString('base64');
const SECRETS = { INTERNAL_SECRET: key(), HASH_KEY: key(), CACHE_KEY: key() };

describe('the image (Dockerfile), built and run without Docker', () => {
  const work = mkdtempSync(join(tmpdir(), 'dossier-image-'));
  const app = join(work, 'app');
  const schema = `img_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Pool({ connectionString: DATABASE, max: 1 });
  const started: ChildProcess[] = [];

  beforeAll(async () => {
    const [build, dependencies, final] = [stages().find((s) => s.name === 'build')!, stages().find((s) => s.name === 'dependencies')!, stages().at(-1)!];
    const buildDir = join(work, 'build');
    const depsDir = join(work, 'dependencies');
    for (const dir of [buildDir, depsDir, app]) mkdirSync(dir, { recursive: true });
    replay(build, buildDir, {});
    replay(dependencies, depsDir, {});
    replay(final, app, { build: buildDir, dependencies: depsDir });
    await admin.query(`CREATE SCHEMA ${schema}`);
    // the gateway only checks the schema (npm run migrate applies it), as in production
    await migrateConfigured({ DATABASE_URL: `${DATABASE}?options=${encodeURIComponent(`-c search_path=${schema}`)}` });
  }, 300_000);
  afterAll(async () => {
    for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
    rmSync(work, { recursive: true, force: true });
  });

  /** The image's command, in production mode; resolves once its /health answers. */
  async function run(args: string[], env: Record<string, string>) {
    const port = await freePort();
    const child = spawn('sh', ['dossier', ...args], {
      cwd: app,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'info',
        ...SECRETS,
        REDIS_URL,
        CACHE_PREFIX: `image-${randomBytes(4).toString('hex')}`,
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    started.push(child);
    createInterface({ input: child.stderr! }).on('line', (line) => logSink.write(line));
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
      if (
        await fetch(`${base}/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return { child, base, exit };
      if (i > 1200) throw new Error(`${args.join(' ')} did not start`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('holds compiled JavaScript, the SDL and the migrations, and no TypeScript, tests or mocks', () => {
    expect(existsSync(join(app, 'gateway/index.js'))).toBe(true);
    expect(existsSync(join(app, 'subgraphs/vehicles/index.js'))).toBe(true);
    expect(existsSync(join(app, 'schema/supergraph.graphql'))).toBe(true);
    expect(existsSync(join(app, 'gateway/access-log/migrations/001_access_log.sql'))).toBe(true);
    expect(existsSync(join(app, 'subgraphs/vehicles/schema.graphql'))).toBe(true);
    const listing = execFileSync('find', ['.', '-path', './node_modules', '-prune', '-o', '-type', 'f', '-print'], { cwd: app, encoding: 'utf8' });
    expect(listing).not.toMatch(/\.ts\n|\.test\.|\/mocks\/|mock\.js/);
  });

  it('starts a subgraph and the gateway in production mode; they answer their probes and stop with exit code 0', { timeout: 300_000 }, async () => {
    const subgraph = await run(['subgraph', 'vehicles'], { STATE_SYSTEM_URL: 'http://127.0.0.1:9' });
    const gateway = await run(['gateway'], {
      JWT_ISSUER: 'https://idp.invalid/',
      JWT_AUDIENCE: 'dossier-gateway',
      JWT_JWKS_URL: 'https://idp.invalid/.well-known/jwks.json',
      DATABASE_URL: `${DATABASE}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
      SUBGRAPH_URL_VEHICLES: `${subgraph.base}/graphql`,
    });
    expect((await fetch(`${subgraph.base}/ready`)).status).toBe(200);
    expect((await fetch(`${gateway.base}/ready/self`)).status).toBe(200);
    const answer = await fetch(`${gateway.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ me { birthDate } }"}',
    });
    expect(answer.status).toBe(401);
    expect(((await answer.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    // the access log's tables were migrated into PostgreSQL
    expect((await admin.query(`SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'access_log'`, [schema])).rowCount).toBe(1);

    gateway.child.kill('SIGTERM');
    subgraph.child.kill('SIGTERM');
    expect(await gateway.exit).toBe(0);
    expect(await subgraph.exit).toBe(0);
  });
});
