/** `npm run token`, run as the developer runs it: a child process, its stdout, stderr and exit code. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const IIN = '850314301234';

function token(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'gateway/token.ts', ...args],
      { cwd: root, env: { ...process.env, NODE_ENV: 'development' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const claims = (stdout: string) => {
  expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
  return decodeJwt(stdout.trim());
};

// each case starts a process: slow on a busy machine
describe('npm run token', { timeout: 60_000 }, () => {
  it('prints a password token valid 12 hours by default, and nothing else on stdout', async () => {
    const { code, stdout, stderr } = await token(IIN);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const payload = claims(stdout);
    expect(payload).toMatchObject({ sub: IIN, amr: ['pwd'] });
    expect(payload.exp! - payload.iat!).toBe(12 * 3600);
  });

  it('takes the options before or after the IIN', async () => {
    const { code, stdout } = await token('--expires', '30m', '--sms', IIN);
    expect(code).toBe(0);
    const payload = claims(stdout);
    expect(payload).toMatchObject({ sub: IIN, amr: ['sms'] });
    expect(payload.exp! - payload.iat!).toBe(30 * 60);
    expect(claims((await token(IIN, '--eds', '--expires=7d')).stdout)).toMatchObject({ amr: ['eds'] });
  });

  it('prints the usage on stdout for --help, with the default lifetime', async () => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = await token(flag);
      expect(code, flag).toBe(0);
      expect(stdout).toMatch(/^usage: npm run -s token -- <IIN>/);
      expect(stdout).toContain('default 12h');
      expect(stderr).toBe('');
    }
  });

  it.each([
    ['no IIN', [], /An IIN is required/],
    ['an invalid IIN', ['850314301235'], /Invalid IIN/],
    ['two IINs', [IIN, '870722404561'], /One IIN only/],
    ['an unknown flag', [IIN, '--EDS'], /Unknown option '--EDS'/],
    ['a flag given a value', [IIN, '--eds=yes'], /'--eds' does not take an argument/],
    ['--eds with --sms', [IIN, '--eds', '--sms'], /--eds and --sms exclude each other/],
    ['--expires without a value', [IIN, '--expires'], /'--expires <value>' argument missing/],
    ['--expires followed by a flag', [IIN, '--expires', '--eds'], /'--expires' argument is ambiguous/],
    ['--expires that is not a lifetime', [IIN, '--expires', 'abc'], /--expires "abc" is not a lifetime/],
    ['--expires of nothing', [IIN, '--expires', '0h'], /--expires "0h" is not a lifetime/],
    ['--expires without a unit', [IIN, '--expires', '3600'], /--expires "3600" is not a lifetime/],
  ])('refuses %s: exit 2, the problem and the usage on stderr, nothing on stdout', async (_, args, problem) => {
    const { code, stdout, stderr } = await token(...(args as string[]));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(problem);
    expect(stderr).toContain('usage: npm run -s token -- <IIN> [--eds | --sms] [--expires <lifetime>]');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
