/**
 * `npm run -s token -- <IIN> [--eds | --sms] [--expires 12h]` prints a development bearer token
 * (and nothing else on stdout) that the gateway started by `npm start` accepts.
 */
import { checkIin } from '../schema/iin.js';
import { issueDevToken } from './auth.js';

const args = process.argv.slice(2);
const iin = args.find((a) => !a.startsWith('--'));
const check = checkIin(iin);
if (!check.ok) {
  console.error(`usage: npm run -s token -- <IIN> [--eds | --sms] [--expires 12h]\n${iin ? `Invalid IIN: ${check.message}` : 'An IIN is required.'}`);
  process.exit(2);
}
const expiresAt = args.indexOf('--expires');
const login = args.includes('--eds') ? 'EDS' : args.includes('--sms') ? 'SMS' : 'PASSWORD';
process.stdout.write(`${await issueDevToken(check.iin, { login, expiresIn: expiresAt >= 0 ? args[expiresAt + 1] : undefined })}\n`);
