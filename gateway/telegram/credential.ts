/**
 * How the Telegram bot acts for a citizen without the identity provider's key: with the credential
 * the gateway gave it when it redeemed the citizen's one-time code (`POST /telegram/redeem`),
 * presented with the bot's own secret and the chat it is for:
 *
 *   Authorization: Telegram <credential>
 *   X-Telegram-Bot-Secret: <TELEGRAM_BOT_SECRET>
 *   X-Telegram-Chat: <chat id>
 *
 * Every request is checked against the link's row: removed (unlink), another chat, or without the
 * bot's secret, it is UNAUTHENTICATED. The caller is the linked citizen at the link's login level,
 * client `telegram-bot` whatever the request says.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { dossierError, ErrorCode } from '../../schema/errors.js';
import { devSecrets } from '../../runtime/secrets.js';
import { configOf, type Env } from '../../runtime/config.js';
import type { Route } from '../../runtime/http.js';
import { createLogger, describeError, pseudonym } from '../../runtime/log.js';
import type { LinkedCitizen, TelegramLinks } from './store.js';

export const TELEGRAM_SCHEME = /^Telegram +(\S+)$/i;
export const BOT_SECRET_HEADER = 'x-telegram-bot-secret';
export const CHAT_HEADER = 'x-telegram-chat';

const log = createLogger('gateway');

/**
 * The secret the bot proves itself with (TELEGRAM_BOT_SECRET, 32+ bytes, base64); in development,
 * one derived from the development secrets, so `npm start` and `npm run bot` agree. Undefined in
 * production without it: no bot is linked there.
 */
export function telegramBotSecret(env?: Env): string | undefined {
  const { TELEGRAM_BOT_SECRET, production } = configOf(env);
  if (TELEGRAM_BOT_SECRET) return TELEGRAM_BOT_SECRET;
  if (production) return undefined;
  return createHmac('sha256', devSecrets().internalSecret).update('telegram-bot').digest('base64url');
}

/** The bot's username, for deep links (TELEGRAM_BOT_USERNAME). */
export const telegramBotUsername = (env?: Env): string => configOf(env).TELEGRAM_BOT_USERNAME;

const header = (req: IncomingMessage, name: string): string => {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
};

function isBot(req: IncomingMessage, secret: string | undefined): boolean {
  const sent = Buffer.from(header(req, BOT_SECRET_HEADER));
  const expected = Buffer.from(secret ?? '');
  return secret !== undefined && sent.length === expected.length && timingSafeEqual(sent, expected);
}

const unauthenticated = (message: string) => dossierError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });

/** The linked citizen a bot request acts for; UNAUTHENTICATED unless the credential, the bot's secret and the chat all check out. */
export async function authenticateBot(req: IncomingMessage, credential: string, links: TelegramLinks, secret: string | undefined): Promise<LinkedCitizen> {
  if (!isBot(req, secret)) throw unauthenticated('Only the Telegram bot may use a Telegram credential.');
  const linked = await links.check(credential, header(req, CHAT_HEADER));
  if (!linked) throw unauthenticated('This chat is no longer linked: link it again from the portal.');
  return linked;
}

async function readJson(req: IncomingMessage, limit = 4096): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

const refusal = (status: number, code: ErrorCode, message: string) => ({ status, body: { errors: [{ message, extensions: { code } }] } });

/**
 * `POST /telegram/redeem` `{ code, chatId }` with the bot's secret: the credential for that chat
 * and citizen, once per code; a code unknown, used or expired is refused (403 FORBIDDEN) alike.
 */
export function redeemRoute(links: () => Promise<TelegramLinks>, secret: string | undefined): Route {
  return async (req) => {
    if (req.method !== 'POST') return refusal(405, ErrorCode.BAD_REQUEST, 'POST { code, chatId } here.');
    if (!isBot(req, secret)) return refusal(401, ErrorCode.UNAUTHENTICATED, 'Only the Telegram bot may redeem a link.');
    const body = (await readJson(req)) as { code?: unknown; chatId?: unknown } | undefined;
    if (typeof body?.code !== 'string' || typeof body.chatId !== 'string') return refusal(400, ErrorCode.BAD_REQUEST, 'Send { code, chatId } as JSON strings.');
    try {
      const redeemed = await (await links()).redeem(body.code, body.chatId);
      if (!redeemed) return refusal(403, ErrorCode.FORBIDDEN, 'This link is unknown, already used or expired: make a new one on the portal.');
      return { status: 200, body: redeemed };
    } catch (error) {
      log.error('telegram_redeem_failed', describeError(error));
      return refusal(503, ErrorCode.SERVICE_UNAVAILABLE, 'Linking is unavailable for a moment; try again shortly.');
    }
  };
}

/** For logs: which link, never whose. */
export const describeLink = (linked: LinkedCitizen) => ({ telegramLink: linked.linkId, caller: pseudonym(linked.iin) });
