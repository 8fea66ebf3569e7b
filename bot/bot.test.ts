/**
 * The Telegram bot against the real gateway and subgraphs (started here, on free ports), its
 * links and chats in PostgreSQL (a schema of this run's own), and the Bot API mocked with nock:
 * updates are fed to `bot.handleUpdate`, and every sendMessage the bot makes is intercepted,
 * exactly one per update (test/setup.ts fails a test that leaves an interceptor unused).
 */
import { randomUUID } from 'node:crypto';
import nock from 'nock';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Bot } from 'grammy';
import { migrateConfigured } from '../gateway/access-log/migrate-main.js';
import { pgDatabase } from '../runtime/sql.js';
import { openPostgresAccessLog, type AccessLog } from '../gateway/access-log/store.js';
import { telegramBotSecret } from '../gateway/telegram/credential.js';
import { CODE_LIFETIME_MS, createTelegramLinks } from '../gateway/telegram/store.js';
import { startSystem, type RunningSystem } from '../scripts/system.js';
import { MemoryCache } from '../subgraphs/kit/cache.js';
import { TEST_RESILIENCE } from '../subgraphs/kit/testing.js';
import { DEMO, DEMO_IINS } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { gql, setFaults, tokenFor } from '../test/helpers.js';
import { expectLog } from '../test/logs.js';
import { loadTrustedDocuments } from '../gateway/trusted-documents.js';
import { createDossierBot } from './bot.js';
import { BotFinesDocument, BotQueueDocument, BotRefreshDocument, BotRequestsDocument, BotUnlinkDocument } from './operations/__generated__/client/graphql.js';
import { gatewayClient } from './gateway.js';
import { chatStore, type ChatStore } from './store.js';

// the state system down, on purpose
expectLog('state_system_failed');

const TOKEN = '123456:TEST-token';
const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `bot_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
const admin = new pg.Pool({ connectionString: DATABASE_URL });
const inSchema = () => new pg.Pool({ connectionString: DATABASE_URL, options: `-c search_path=${schema}` });
const cache = new MemoryCache();
let system: RunningSystem;
let accessLog: AccessLog;
let store: ChatStore;
let bot: Bot;
let gatewayDb: ReturnType<typeof pgDatabase>;
/** The gateway's clock for the links, moved forward by tests of expiry. */
let clockOffsetMs = 0;
/** Every text the bot sent, in order. */
const sent: string[] = [];

beforeAll(async () => {
  await admin.query(`CREATE SCHEMA ${schema}`);
  await migrateConfigured({ DATABASE_URL: `${DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}` });
  accessLog = await openPostgresAccessLog({ connectionString: DATABASE_URL, options: `-c search_path=${schema}` });
  gatewayDb = pgDatabase(inSchema());
  const telegramLinks = createTelegramLinks(gatewayDb, () => Date.now() + clockOffsetMs);
  system = await startSystem({
    population: generatePopulation({ size: 1000 }),
    cache,
    accessLog,
    telegramLinks,
    resilience: TEST_RESILIENCE,
    refreshMinIntervalMs: 60_000,
  });
  store = chatStore(pgDatabase(inSchema()));
  bot = createDossierBot({
    token: TOKEN,
    gateway: gatewayClient({ url: system.gatewayUrl, botSecret: telegramBotSecret()! }),
    store,
    botInfo: {
      id: 123456,
      is_bot: true,
      first_name: 'Dossier',
      username: 'dossier_demo_bot',
      can_join_groups: false,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: false,
      allows_users_to_create_topics: false,
      can_manage_bots: false,
      supports_join_request_queries: false,
    },
  });
});
afterAll(async () => {
  await system?.close();
  await accessLog?.close();
  await store?.close();
  await gatewayDb?.close();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});
beforeEach(async () => {
  cache.clear();
  clockOffsetMs = 0;
  await setFaults(system, 'queues', { down: false });
});

let updateId = 1;

/** A citizen types `text` in chat `chat`; the one message the bot sends back. */
async function say(chat: number, text: string, language = 'en'): Promise<string> {
  let reply: string | undefined;
  nock('https://api.telegram.org')
    .post(`/bot${TOKEN}/sendMessage`)
    .reply(200, (_uri, body) => {
      const payload = (typeof body === 'string' ? JSON.parse(body) : body) as { chat_id: number; text: string };
      expect(payload.chat_id).toBe(chat);
      reply = payload.text;
      sent.push(payload.text);
      return { ok: true, result: { message_id: updateId, date: 0, chat: { id: chat, type: 'private' }, text: payload.text } };
    });
  const command = text.split(' ')[0]!;
  await bot.handleUpdate({
    update_id: updateId++,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chat, type: 'private', first_name: 'Citizen' },
      from: { id: chat, is_bot: false, first_name: 'Citizen', language_code: language },
      text,
      entities: [{ type: 'bot_command', offset: 0, length: command.length }],
    },
  });
  expect(reply, `a reply to ${text}`).toBeDefined();
  return reply!;
}

/** The portal: a one-time deep link for the demo user, after a login of `login`, for the bot at `level`. */
async function deepLink(login: 'EDS' | 'SMS' = 'EDS', level?: 'EDS' | 'SMS'): Promise<string> {
  const body = await gql(system, 'mutation ($level: LoginMethod) { createTelegramLink(login: $level) { url expiresAt login } }', {
    token: await tokenFor(DEMO.user, login),
    variables: { level },
    headers: { 'apollographql-client-name': 'portal' },
  });
  expect(body.errors).toBeUndefined();
  const { url } = body.data!.createTelegramLink;
  expect(url).toMatch(/^https:\/\/t\.me\/dossier_demo_bot\?start=[A-Za-z0-9_-]{32}$/);
  return new URL(url).searchParams.get('start')!;
}

const CHAT = 1001;

/** The demo user's requests, as /requests shows them (service names in Russian, the language the registry has besides Kazakh). */
const REQUESTS = [
  'Your service requests (5):',
  '• KZ-2026-001128406: Выдача справки о наличии либо отсутствии судимости',
  '  in progress, due 27.11.2026',
  '• KZ-2026-000905531: Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь',
  '  documents needed, due 30.10.2026, overdue',
  '• KZ-2025-000736152: Выдача адресной справки с места жительства',
  '  completed, due 04.09.2025',
  '• KZ-2024-000418207: Регистрация лиц, ищущих работу',
  '  completed, due 13.02.2024',
  '• KZ-2021-000513784: Постановка на очередь детей дошкольного возраста (до 6 лет) для направления в детские дошкольные организации',
  '  completed, due 02.06.2021',
].join('\n');

describe('linking', () => {
  it('a fresh code links the chat once; the same code again, anywhere, is refused', async () => {
    const code = await deepLink();
    expect(await say(CHAT, `/start ${code}`)).toBe('Linked, with the access of a login by EDS. /help lists what I can do; /unlink undoes it.');
    expect(await say(2002, `/start ${code}`)).toBe('This link is unknown, already used or expired: make a new one on the portal.');
    expect(await say(CHAT, `/start ${code}`)).toBe('This link is unknown, already used or expired: make a new one on the portal.');
    // the chat that was refused reads nothing
    expect(await say(2002, '/fines')).toMatch(/^This chat is not linked to you yet/);
  });

  it('a code past its 10 minutes is refused', async () => {
    const code = await deepLink();
    clockOffsetMs = CODE_LIFETIME_MS + 1000;
    expect(await say(3003, `/start ${code}`)).toBe('This link is unknown, already used or expired: make a new one on the portal.');
    expect(await say(3003, '/requests')).toMatch(/^This chat is not linked to you yet/);
  });

  it('only an EDS login makes a link, and the bot never makes one', async () => {
    const sms = await gql(system, 'mutation { createTelegramLink { url } }', { token: await tokenFor(DEMO.user, 'SMS') });
    expect(sms.data?.createTelegramLink).toBeNull();
    expect(sms.errors?.[0]?.extensions?.code).toBe('EDS_REQUIRED');
  });
});

describe('commands of a chat linked after an EDS login', () => {
  beforeAll(async () => {
    await say(CHAT, `/start ${await deepLink()}`);
  });

  it('/fines: the demo user’s one unpaid fine', async () => {
    expect(await say(CHAT, '/fines')).toBe(
      ['Unpaid fines (1):', '• Article 592 ч.1, 43 250 ₸, offence of 18.11.2026', '  to pay today: 21 625 ₸ (50% discount until 25.11.2026)'].join('\n'),
    );
  });

  it('/requests: statuses and due dates', async () => {
    expect(await say(CHAT, '/requests')).toBe(REQUESTS);
  });

  it('/queue: the children’s places, their IINs masked', async () => {
    expect(await say(CHAT, '/queue')).toBe(
      ['Kindergarten queue:', '• Айлин (2105•••••895), Алматы: place 1245, admission 2024', '• Алихан (2309•••••210), Алматы: place 3872, admission 2026'].join(
        '\n',
      ),
    );
  });

  it('/refresh <section> refreshes it; again at once is RATE_LIMITED, with the wait', async () => {
    expect(await say(CHAT, '/refresh fines')).toBe('Refreshed: fines. The next answer comes from the state system.');
    expect(await say(CHAT, '/refresh fines')).toMatch(/^Too soon: try again in (59|60) s\.$/);
    expect(await say(CHAT, '/refresh everything')).toBe(
      'Which section? /refresh followed by one of: requests, queue, fines, civil, property, vehicles, health, benefits, licences',
    );
  });

  it('a state system down: its own friendly text', async () => {
    await setFaults(system, 'queues', { down: true });
    expect(await say(CHAT, '/queue')).toBe('The state system behind "queues" is not answering right now; try again later.');
  });

  it('answers in the chat’s language: Telegram’s, or the one set with /lang', async () => {
    expect((await say(CHAT, '/help', 'kk')).split('\n')[0]).toBe('Сіздің деректеріңіз Telegram-да:');
    expect(await say(CHAT, '/lang ru')).toBe('Буду отвечать по-русски.');
    expect((await say(CHAT, '/fines', 'en')).split('\n')[0]).toBe('Неоплаченные штрафы (1):');
    expect(await say(CHAT, '/lang en')).toBe('I will answer in English.');
  });

  it('the access log shows the bot’s reads as client telegram-bot, at the link’s login level', async () => {
    await say(CHAT, '/fines');
    const log = await gql(system, '{ me { accessLog(first: 20) { edges { node { client login sections } } } } }', { token: await tokenFor(DEMO.user) });
    const entries = log.data!.me.accessLog.edges.map((e: { node: unknown }) => e.node);
    expect(entries).toContainEqual({ client: 'telegram-bot', login: 'EDS', sections: ['FINES'] });
  });

  it('the credential works only from the bot, for its own chat', async () => {
    const { credential } = (await store.get(String(CHAT)))!;
    const ask = (headers: Record<string, string>) => gql(system, '{ me { iin } }', { headers: { authorization: `Telegram ${credential}`, ...headers } });
    expect((await ask({ 'x-telegram-bot-secret': telegramBotSecret()!, 'x-telegram-chat': String(CHAT) })).data).toEqual({ me: { iin: DEMO.user } });
    expect((await ask({ 'x-telegram-chat': String(CHAT) })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await ask({ 'x-telegram-bot-secret': telegramBotSecret()!, 'x-telegram-chat': '2002' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // and it cannot make links of its own, whatever its level
    const made = await gql(system, 'mutation { createTelegramLink { url } }', {
      headers: { authorization: `Telegram ${credential}`, 'x-telegram-bot-secret': telegramBotSecret()!, 'x-telegram-chat': String(CHAT) },
    });
    expect(made.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a link made for SMS level', () => {
  const SMS_CHAT = 4004;
  beforeAll(async () => {
    expect(await say(SMS_CHAT, `/start ${await deepLink('EDS', 'SMS')}`)).toBe(
      'Linked, with the access of a login by SMS code. /help lists what I can do; /unlink undoes it.',
    );
  });

  it('reads what an SMS login reads, and no EDS section', async () => {
    expect(await say(SMS_CHAT, '/requests')).toBe(REQUESTS);
    const eds =
      'This needs a login by electronic digital signature (EDS), and this chat was linked with a lesser one: link it again from the portal after an EDS login.';
    expect(await say(SMS_CHAT, '/fines')).toBe(eds);
    expect(await say(SMS_CHAT, '/queue')).toBe(eds);
  });

  it('the portal’s "unlink the bot" stops it at once', async () => {
    const body = await gql(system, 'mutation { unlinkTelegram }', { token: await tokenFor(DEMO.user) });
    expect(body.data!.unlinkTelegram).toBeGreaterThanOrEqual(1);
    expect(await say(SMS_CHAT, '/requests')).toMatch(/^This chat is not linked to you yet/);
    expect((await store.get(String(SMS_CHAT)))?.credential).toBeNull();
  });
});

describe('/unlink', () => {
  it('removes the link: the old credential stops working at once, and every command says so', async () => {
    const chat = 5005;
    await say(chat, `/start ${await deepLink()}`);
    const { credential } = (await store.get(String(chat)))!;
    expect(await say(chat, '/unlink')).toBe('Unlinked: this chat no longer reads your dossier.');
    const replay = await gql(system, '{ me { iin } }', {
      headers: { authorization: `Telegram ${credential}`, 'x-telegram-bot-secret': telegramBotSecret()!, 'x-telegram-chat': String(chat) },
    });
    expect(replay.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const command of ['/requests', '/queue', '/fines', '/refresh fines']) expect(await say(chat, command)).toMatch(/^This chat is not linked to you yet/);
  });
});

describe('trusted documents', () => {
  it('every operation the bot sends is in the manifests a production gateway executes', async () => {
    const trusted = loadTrustedDocuments();
    for (const document of [BotRequestsDocument, BotQueueDocument, BotFinesDocument, BotRefreshDocument, BotUnlinkDocument])
      expect(trusted.has((document as { __meta__?: { hash: string } }).__meta__!.hash.replace(/^sha256:/, ''))).toBe(true);
  });
});

describe('what left the bot', () => {
  it('no IIN in full in any message sent', () => {
    expect(sent.length).toBeGreaterThan(20);
    for (const text of sent) {
      expect(text).not.toMatch(/(?<!\d)\d{12}(?!\d)/);
      for (const iin of DEMO_IINS) expect(text).not.toContain(iin);
    }
  });
});
