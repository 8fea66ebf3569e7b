/**
 * The bot's own table, `telegram_chat` (migrations/004_telegram.sql): which chat is linked, with
 * the credential the gateway gave it, and the language chosen with /lang. No IIN: the bot never
 * learns one. PostgreSQL at BOT_DATABASE_URL (else DATABASE_URL), migrated by `npm run migrate`;
 * without either, an embedded PGlite in memory (development: links are forgotten at stop).
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { assertMigrated, migrate } from '../gateway/access-log/migrate.js';
import { pgDatabase, pgliteDatabase, type Database } from '../runtime/sql.js';
import type { Language } from './i18n.js';
import { configOf, type Env } from '../runtime/config.js';

export interface ChatRow {
  credential: string | null;
  language: Language | null;
}

export interface ChatStore {
  get(chatId: string): Promise<ChatRow | undefined>;
  link(chatId: string, credential: string): Promise<void>;
  /** Forgets the chat's credential (its language stays). */
  unlink(chatId: string): Promise<void>;
  setLanguage(chatId: string, language: Language): Promise<void>;
  close(): Promise<void>;
}

export function chatStore(db: Database): ChatStore {
  return {
    async get(chatId) {
      const { rows } = await db.query<ChatRow>('SELECT credential, language FROM telegram_chat WHERE chat_id = $1', [chatId]);
      return rows[0];
    },
    async link(chatId, credential) {
      await db.query(
        `INSERT INTO telegram_chat (chat_id, credential, linked_at) VALUES ($1, $2, now())
         ON CONFLICT (chat_id) DO UPDATE SET credential = EXCLUDED.credential, linked_at = EXCLUDED.linked_at`,
        [chatId, credential],
      );
    },
    async unlink(chatId) {
      await db.query('UPDATE telegram_chat SET credential = NULL, linked_at = NULL WHERE chat_id = $1', [chatId]);
    },
    async setLanguage(chatId, language) {
      await db.query('INSERT INTO telegram_chat (chat_id, language) VALUES ($1, $2) ON CONFLICT (chat_id) DO UPDATE SET language = EXCLUDED.language', [
        chatId,
        language,
      ]);
    },
    close: () => db.close(),
  };
}

/** The store this deployment configures (see above). */
export async function openChatStore(env?: Env): Promise<{ store: ChatStore; kind: 'postgres' | 'memory' }> {
  const { BOT_DATABASE_URL, DATABASE_URL, production } = configOf(env);
  const url = BOT_DATABASE_URL || DATABASE_URL;
  if (url) {
    const db = pgDatabase(new pg.Pool({ connectionString: url, connectionTimeoutMillis: 5_000, query_timeout: 10_000, max: 4 }));
    await assertMigrated(db).catch(async (error: unknown) => {
      await db.close();
      throw error;
    });
    return { store: chatStore(db), kind: 'postgres' };
  }
  if (production) throw new Error('the bot needs BOT_DATABASE_URL (or DATABASE_URL) in production');
  const lite = new PGlite();
  await lite.waitReady;
  const db = pgliteDatabase(lite);
  await migrate(db);
  return { store: chatStore(db), kind: 'memory' };
}
