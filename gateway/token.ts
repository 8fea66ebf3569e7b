/**
 * `npm run -s token -- <IIN> [--eds | --sms] [--expires 12h]` prints a development bearer token
 * (and nothing else on stdout) that the gateway started by `npm start` accepts. Any mistake
 * prints the usage on stderr and exits with 2; `--help` prints it on stdout.
 */
import { parseArgs } from 'node:util';
import { exitUnlessConfigured } from '../runtime/config.js';
import { checkIin } from '../schema/iin.js';
import { issueDevToken } from './auth.js';

exitUnlessConfigured();

const DEFAULT_LIFETIME = '12h';

const USAGE = `usage: npm run -s token -- <IIN> [--eds | --sms] [--expires <lifetime>]

Prints a development bearer token for the person with this IIN, signed with the development key
pair the gateway of \`npm start\` accepts.

  --eds                the person logged in with an electronic digital signature (every section)
  --sms                the person logged in with an SMS one-time code
                       (neither: with a password; SMS and password see the identity summary only)
  --expires <lifetime> how long the token is valid: a whole number and s, m, h or d
                       (30m, 12h, 7d); default ${DEFAULT_LIFETIME}
  -h, --help           this text`;

function fail(problem: string): never {
  console.error(`${problem}\n\n${USAGE}`);
  process.exit(2);
}

const parsed = (() => {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      options: {
        eds: { type: 'boolean' },
        sms: { type: 'boolean' },
        expires: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) fail(positionals.length === 0 ? 'An IIN is required.' : `One IIN only, not ${positionals.length} arguments.`);
const check = checkIin(positionals[0]);
if (!check.ok) fail(`Invalid IIN: ${check.message}`);
if (values.eds && values.sms) fail('--eds and --sms exclude each other: a login is by one method.');
const expiresIn = values.expires ?? DEFAULT_LIFETIME;
if (!/^[1-9]\d{0,5}[smhd]$/.test(expiresIn)) {
  fail(`--expires ${JSON.stringify(expiresIn)} is not a lifetime: give a whole number and s, m, h or d, e.g. 30m, 12h or 7d.`);
}
const login = values.eds ? 'EDS' : values.sms ? 'SMS' : 'PASSWORD';
process.stdout.write(`${await issueDevToken(check.iin, { login, expiresIn })}\n`);
