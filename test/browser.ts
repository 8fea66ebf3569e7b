/**
 * A real browser for the page's tests: Debian's chromium (/usr/bin/chromium) driven by
 * playwright-core. When it is missing, it is installed with apt-get (as root, or through sudo
 * without a password); only when that is impossible do the browser tests skip, saying so loudly.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The browser's path, installed when missing; or why there is none. */
export function ensureChromium(): { path: string } | { missing: string } {
  if (existsSync(CHROMIUM)) return { path: CHROMIUM };
  const root = process.getuid?.() === 0;
  const run = (args: string[]) =>
    root
      ? execFileSync(args[0]!, args.slice(1), { stdio: 'ignore', timeout: 600_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
      : execFileSync('sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', ...args], { stdio: 'ignore', timeout: 600_000 });
  try {
    run(['apt-get', 'update']);
    run(['apt-get', 'install', '-y', 'chromium']);
  } catch (error) {
    return { missing: `chromium is not installed at ${CHROMIUM} and apt-get could not install it (${(error as Error).message.split('\n')[0]})` };
  }
  return existsSync(CHROMIUM) ? { path: CHROMIUM } : { missing: `apt-get installed chromium, but not at ${CHROMIUM}` };
}
