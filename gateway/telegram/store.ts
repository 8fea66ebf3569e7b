/**
 * The Telegram links, gateway side (table `telegram_link`, migrations/004_telegram.sql): one-time
 * codes the citizen makes on the portal, redeemed once by the bot for one chat, and the credential
 * the bot then acts with, checked here on every request.
 *
 * Neither the code nor the credential is stored: only their SHA-256 (both are 24+ random bytes,
 * so a plain hash is as strong as a keyed one). A credential is `<link id>.<secret>`; the row
 * holds the citizen, the login level the link was made with and the chat it was redeemed in.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { LoginMethod } from '../../schema/caller.js';
import { isValidIin } from '../../schema/iin.js';
import type { Database } from '../../runtime/sql.js';

/** How long a code may be redeemed. */
export const CODE_LIFETIME_MS = 10 * 60 * 1000;

export interface LinkCode {
  /** The one-time code, for the deep link `t.me/<bot>?start=<code>` (base64url, 32 characters). */
  code: string;
  expiresAt: Date;
}

/** What a redeemed link lets the bot do: act for this citizen, at this login level, in this chat. */
export interface LinkedCitizen {
  linkId: string;
  iin: string;
  login: LoginMethod;
  chatId: string;
}

export interface TelegramLinks {
  /** A fresh one-time code for this citizen, to be redeemed at this login level within CODE_LIFETIME_MS. */
  create(iin: string, login: LoginMethod): Promise<LinkCode>;
  /** Redeems a code for a chat, once: the credential, or undefined when the code is unknown, used or expired. */
  redeem(code: string, chatId: string): Promise<{ credential: string; login: LoginMethod } | undefined>;
  /** The link a credential stands for, used in this chat; undefined when it was removed, or is not this chat's. */
  check(credential: string, chatId: string): Promise<LinkedCitizen | undefined>;
  /** Removes one link (the bot's /unlink); whether it existed. */
  unlink(linkId: string): Promise<boolean>;
  /** Removes every link of a citizen, redeemed or not (the portal's "unlink the bot"); how many. */
  unlinkAll(iin: string): Promise<number>;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const CODE = /^[A-Za-z0-9_-]{32}$/;
const CREDENTIAL = /^([1-9]\d{0,18})\.([A-Za-z0-9_-]{43})$/;
const CHAT = /^-?\d{1,20}$/;
const LOGINS: readonly LoginMethod[] = ['PASSWORD', 'SMS', 'EDS'];

export function createTelegramLinks(db: Database, now: () => number = Date.now): TelegramLinks {
  return {
    async create(iin, login) {
      if (!isValidIin(iin) || !LOGINS.includes(login)) throw new TypeError('telegram link: invalid citizen or login');
      const code = randomBytes(24).toString('base64url');
      const expiresAt = new Date(now() + CODE_LIFETIME_MS);
      // the citizen's codes that expired unused are of no use to anyone: gone with the next one
      await db.query('DELETE FROM telegram_link WHERE citizen_iin = $1 AND redeemed_at IS NULL AND code_expires_at <= $2', [
        iin,
        new Date(now()).toISOString(),
      ]);
      await db.query('INSERT INTO telegram_link (citizen_iin, login, code_hash, code_expires_at) VALUES ($1, $2, $3, $4)', [
        iin,
        login,
        sha256(code),
        expiresAt.toISOString(),
      ]);
      return { code, expiresAt };
    },

    async redeem(code, chatId) {
      if (!CODE.test(code) || !CHAT.test(chatId)) return undefined;
      const secret = randomBytes(32).toString('base64url');
      return db.transaction(async (tx) => {
        // single use: the row is locked by the one transaction that finds it unredeemed and unexpired;
        // a second redemption of the code waits, then finds it redeemed
        const { rows } = await tx.query<{ id: string; login: LoginMethod }>(
          `SELECT id::text AS id, login FROM telegram_link
            WHERE code_hash = $1 AND redeemed_at IS NULL AND code_expires_at > $2 FOR UPDATE`,
          [sha256(code), new Date(now()).toISOString()],
        );
        const link = rows[0];
        if (!link) return undefined;
        // one link per chat: a chat that links again replaces its old link
        await tx.query('DELETE FROM telegram_link WHERE chat_id = $1', [chatId]);
        await tx.query('UPDATE telegram_link SET redeemed_at = now(), chat_id = $2, credential_hash = $3 WHERE id = $1', [link.id, chatId, sha256(secret)]);
        return { credential: `${link.id}.${secret}`, login: link.login };
      });
    },

    async check(credential, chatId) {
      const match = CREDENTIAL.exec(credential);
      if (!match || !CHAT.test(chatId)) return undefined;
      const { rows } = await db.query<{ citizen_iin: string; login: LoginMethod; chat_id: string; credential_hash: string }>(
        'SELECT citizen_iin, login, chat_id, credential_hash FROM telegram_link WHERE id = $1 AND credential_hash IS NOT NULL',
        [match[1]],
      );
      const row = rows[0];
      if (!row || row.chat_id !== chatId) return undefined;
      if (!timingSafeEqual(Buffer.from(row.credential_hash, 'hex'), Buffer.from(sha256(match[2]!), 'hex'))) return undefined;
      return { linkId: match[1]!, iin: row.citizen_iin, login: row.login, chatId: row.chat_id };
    },

    async unlink(linkId) {
      const { rows } = await db.query<{ id: string }>('DELETE FROM telegram_link WHERE id = $1 RETURNING id::text AS id', [linkId]);
      return rows.length > 0;
    },

    async unlinkAll(iin) {
      const { rows } = await db.query<{ id: string }>('DELETE FROM telegram_link WHERE citizen_iin = $1 RETURNING id::text AS id', [iin]);
      return rows.length;
    },
  };
}
