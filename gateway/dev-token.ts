/**
 * `POST /dev/token` `{ "iin": "850314301234", "login": "EDS" | "SMS" | "PASSWORD" }` → `{ "token": "..." }`:
 * the portal page's demo login (web/), the same development token `npm run token` prints. Served by
 * a development gateway only: in production the route does not exist (404), and tokens come from
 * the portal's identity provider (JWT_JWKS_URL).
 */
import type { IncomingMessage } from 'node:http';
import type { LoginMethod } from '../schema/caller.js';
import { ErrorCode } from '../schema/errors.js';
import { checkIin } from '../schema/iin.js';
import type { Route } from '../runtime/http.js';
import { issueDevToken } from './auth.js';

const LOGINS: readonly LoginMethod[] = ['EDS', 'SMS', 'PASSWORD'];
const MAX_BODY = 1024;

const refused = (message: string, extensions: Record<string, unknown> = {}) => ({
  status: 400,
  body: { errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT, ...extensions } }] },
});

async function smallBody(req: IncomingMessage): Promise<string | undefined> {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > MAX_BODY) return undefined;
  }
  return text;
}

export const devTokenRoute: Route = async (req) => {
  if (req.method !== 'POST') return { status: 405, body: { errors: [{ message: 'POST { iin, login } here.', extensions: { code: ErrorCode.BAD_REQUEST } }] } };
  const text = await smallBody(req);
  let body: { iin?: unknown; login?: unknown };
  try {
    body = JSON.parse(text ?? '') as typeof body;
  } catch {
    return {
      status: 400,
      body: { errors: [{ message: 'The body must be JSON: { "iin": "...", "login": "EDS" }.', extensions: { code: ErrorCode.BAD_REQUEST } }] },
    };
  }
  const check = checkIin(body?.iin);
  if (!check.ok) return refused(`Invalid IIN: ${check.message}`, { argument: 'iin', rule: check.rule });
  const login = body.login ?? 'PASSWORD';
  if (!LOGINS.includes(login as LoginMethod)) return refused('login is one of EDS, SMS, PASSWORD.', { argument: 'login' });
  return { status: 200, body: { token: await issueDevToken(check.iin, { login: login as LoginMethod, expiresIn: '12h' }) } };
};
