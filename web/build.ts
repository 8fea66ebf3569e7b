/**
 * Builds the portal page (Vite) into web/dist, when its sources changed since the last build: a
 * fingerprint of every source file (web/index.html, web/src, web/public, the generated operations)
 * is kept in web/dist/.sources. `npm start` and the browser test call it, so a fresh clone needs no
 * build step of its own; `npx tsx web/build.ts` builds by hand (`--force`: whatever the fingerprint says).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { keepingEnvironment } from '../runtime/config.js';

export const WEB_ROOT = fileURLToPath(new URL('.', import.meta.url));
export const WEB_DIST = join(WEB_ROOT, 'dist');
const FINGERPRINT = join(WEB_DIST, '.sources');
const SOURCES = ['index.html', 'src', 'public', 'operations/__generated__/client'];

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/** The fingerprint of the page's sources: their paths and contents. */
export function sourcesFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap((s) => files(join(WEB_ROOT, s))))
    hash.update(relative(WEB_ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** Builds web/dist unless it is already the build of these sources; says whether it built. */
export async function buildWeb({ force = false }: { force?: boolean } = {}): Promise<{ built: boolean; ms: number }> {
  const started = Date.now();
  const fingerprint = sourcesFingerprint();
  if (!force && existsSync(FINGERPRINT) && readFileSync(FINGERPRINT, 'utf8') === fingerprint) return { built: false, ms: Date.now() - started };
  const { build } = await import('vite');
  // Vite sets NODE_ENV=production in the process when it is unset: npm start's own gateway and
  // subgraphs, in this very process, would then take themselves for production. Put back as it was.
  await keepingEnvironment(() =>
    build({
      configFile: false,
      root: WEB_ROOT,
      logLevel: 'warn',
      publicDir: join(WEB_ROOT, 'public'),
      oxc: { jsx: { runtime: 'automatic' } },
      // Apollo Client's development checks and messages stay out of the bundle
      define: { 'globalThis.__DEV__': 'false' },
      build: { outDir: WEB_DIST, emptyOutDir: true, reportCompressedSize: false, sourcemap: false },
    }),
  );
  writeFileSync(FINGERPRINT, fingerprint);
  return { built: true, ms: Date.now() - started };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { built, ms } = await buildWeb({ force: process.argv.includes('--force') });
  console.log(built ? `Built web/dist in ${ms} ms.` : 'web/dist is up to date.');
}
