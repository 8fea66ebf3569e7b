/**
 * Our gateway as production runs it: compiled to JavaScript by tsc and run on plain Node (the
 * image's final stage; Dockerfile), not through tsx, whose loader and transform cache add some
 * 85 MB to an idle gateway's RSS. The benchmark compiles bench/gateway.ts and what it imports into
 * the run's folder, with the files the gateway reads at run time beside the modules, as the
 * Dockerfile does; Node finds the dependencies in the repository's node_modules above it.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { CLIENT_OPERATIONS, manifestFile } from '../schema/clients.js';
import { DEV_SECRETS_FILE, devSecrets } from '../runtime/secrets.js';
import { ROOT } from './processes.js';

/** Every file under `dir` whose name matches, relative to ROOT. */
function filesUnder(dir: string, pattern: RegExp, skip: RegExp): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((entry) => {
    const path = join(dir, entry);
    if (skip.test(path)) return [];
    if (statSync(join(ROOT, path)).isDirectory()) return filesUnder(path, pattern, skip);
    return pattern.test(entry) ? [path] : [];
  });
}

/** Compiles the benchmark's gateway into `<runDir>/js` and answers the path of its entry point. */
export async function compileGateway(runDir: string): Promise<string> {
  const outDir = join(runDir, 'js');
  const tsconfig = join(runDir, 'tsconfig.gateway.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: join(ROOT, 'tsconfig.json'),
      compilerOptions: { noEmit: false, outDir, rootDir: ROOT },
      include: [join(ROOT, 'bench/gateway.ts')],
    }),
  );
  await promisify(execFile)(join(ROOT, 'node_modules/.bin/tsc'), ['-p', tsconfig], { cwd: ROOT });
  // read at run time: the SDL, the supergraph, the migrations and the clients' manifests
  const runtimeFiles = [
    ...['schema', 'gateway'].flatMap((dir) => filesUnder(dir, /\.(graphql|sql)$/, /node_modules|__generated__/)),
    ...CLIENT_OPERATIONS.map(manifestFile),
  ];
  for (const file of runtimeFiles) {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    cpSync(join(ROOT, file), join(outDir, file));
  }
  // the development secrets and key pair the driver's tokens are signed with (found beside the modules)
  devSecrets();
  cpSync(DEV_SECRETS_FILE, join(outDir, relative(ROOT, DEV_SECRETS_FILE)));
  return relative(ROOT, join(outDir, 'bench/gateway.js'));
}
