/**
 * The Telegram bot (grammY): a citizen's dossier in a chat. It links a chat with the one-time code
 * of a deep link made on the portal (`/start <code>`), then answers /requests, /queue, /fines,
 * /refresh <section>, /lang, /unlink and /help in the chat's language, reading through the gateway
 * as client `telegram-bot` at the login level the link was made with. It never sends an IIN in
 * full: masked where shown, and every outgoing text masked once more before it leaves.
 */
import { Bot, type BotConfig, type Context } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { createLogger, describeError } from '../runtime/log.js';
import type { Answer, ChatCredential, GatewayClient, GraphQLErrorBody } from './gateway.js';
import { formatDate, formatTenge, languageOf, LANGUAGES, WORDS, type Language, type StatusName, type Words } from './i18n.js';
import { maskIin, maskIinsIn } from './mask.js';
import {
  BotFinesDocument,
  BotQueueDocument,
  BotRefreshDocument,
  BotRequestsDocument,
  BotUnlinkDocument,
  type DossierSection,
} from './operations/__generated__/client/graphql.js';
import type { ChatStore } from './store.js';

const log = createLogger('bot');

export interface BotOptions {
  token: string;
  gateway: GatewayClient;
  store: ChatStore;
  /** Known without asking Telegram (tests; a bot started with `bot.start()` asks getMe). */
  botInfo?: UserFromGetMe;
  /** The Bot API's root (tests point it elsewhere; default https://api.telegram.org). */
  apiRoot?: string;
}

/** `/refresh <word>`: the sections by the words a citizen types. */
const REFRESHABLE: Record<string, DossierSection> = {
  requests: 'SERVICE_REQUESTS',
  queue: 'QUEUES',
  fines: 'FINES',
  civil: 'CIVIL_REGISTRY',
  property: 'PROPERTY',
  vehicles: 'VEHICLES',
  health: 'HEALTH',
  benefits: 'SOCIAL_BENEFITS',
  licences: 'LICENCES',
};

const STATE_SYSTEM_CODES = new Set(['STATE_SYSTEM_UNAVAILABLE', 'STATE_SYSTEM_TIMEOUT', 'STATE_SYSTEM_BAD_RESPONSE']);

/** Thrown by a command when the gateway says the link is gone: the chat forgets its credential. */
class Unlinked extends Error {}

/** The friendly text of a gateway error, by `extensions.code`. */
export function explain(error: GraphQLErrorBody, words: Words): string {
  const code = error.extensions?.code;
  if (code === 'EDS_REQUIRED') return words.edsRequired;
  if (code === 'RATE_LIMITED') return words.rateLimited(error.extensions?.retryAfterSeconds ?? 60);
  const section = error.extensions?.section;
  if (code && STATE_SYSTEM_CODES.has(code)) return words.stateSystemDown(section ? (words.sections[section] ?? section) : '?');
  if (code === 'SERVICE_UNAVAILABLE') return section && words.sections[section] ? words.stateSystemDown(words.sections[section]) : words.unavailable;
  return words.failed;
}

export function createDossierBot(options: BotOptions): Bot {
  // Node's own fetch, not grammY's default node-fetch 2: one HTTP client in the process (and node-fetch's hangs under nock)
  const client = { apiRoot: options.apiRoot, fetch: globalThis.fetch as unknown as NonNullable<NonNullable<BotConfig<Context>['client']>['fetch']> };
  const bot = new Bot(options.token, { botInfo: options.botInfo, client });
  const { gateway, store } = options;

  // the last guard: no twelve digits in a row leave in any text
  bot.api.config.use((prev, method, payload, signal) => {
    const p = payload as { text?: unknown };
    if (typeof p?.text === 'string') (p as { text: string }).text = maskIinsIn(p.text);
    return prev(method, payload, signal);
  });

  const chatIdOf = (ctx: Context): string => String(ctx.chat!.id);
  const languageFor = async (ctx: Context): Promise<Language> => (await store.get(chatIdOf(ctx)))?.language ?? languageOf(ctx.from?.language_code);

  /** Runs a command for the chat's citizen: not linked, unlinked meanwhile, or a failure each get their text. */
  const linked = (work: (ctx: Context, as: ChatCredential, words: Words) => Promise<string>) => async (ctx: Context) => {
    const chatId = chatIdOf(ctx);
    let words = WORDS[languageOf(ctx.from?.language_code)];
    try {
      const row = await store.get(chatId);
      words = WORDS[row?.language ?? languageOf(ctx.from?.language_code)];
      if (!row?.credential) return void (await ctx.reply(words.notLinked));
      await ctx.reply(await work(ctx, { credential: row.credential, chatId }, words));
    } catch (error) {
      if (error instanceof Unlinked) {
        await store.unlink(chatId);
        return void (await ctx.reply(words.notLinked));
      }
      log.error('bot_command_failed', { command: (ctx.message?.text ?? '').split(/\s/)[0]?.slice(0, 20), ...describeError(error) });
      await ctx.reply(words.failed);
    }
  };

  /** The data, or the friendly text of the first error that left nothing to show. */
  const answer = async <T>(result: Promise<Answer<T>>): Promise<{ data: T } | { text: GraphQLErrorBody }> => {
    const { data, errors } = await result;
    if (errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) throw new Unlinked();
    return data && !errors?.length ? { data } : { text: errors?.[0] ?? { message: 'no data' } };
  };

  bot.command('start', async (ctx) => {
    const chatId = chatIdOf(ctx);
    const code = ctx.match.trim();
    const words = WORDS[await languageFor(ctx)];
    if (!code) return void (await ctx.reply(`${words.welcome}\n\n${words.help}`));
    try {
      const redeemed = await gateway.redeem(code, chatId);
      if (!redeemed) return void (await ctx.reply(words.linkRefused));
      await store.link(chatId, redeemed.credential);
      await ctx.reply(words.linked(words.logins[redeemed.login] ?? redeemed.login));
    } catch (error) {
      log.error('bot_link_failed', describeError(error));
      await ctx.reply(words.unavailable);
    }
  });

  bot.command('help', async (ctx) => void (await ctx.reply(WORDS[await languageFor(ctx)].help)));

  bot.command('lang', async (ctx) => {
    const wanted = ctx.match.trim().toLowerCase() as Language;
    if (!LANGUAGES.includes(wanted)) return void (await ctx.reply(WORDS[await languageFor(ctx)].languageUsage));
    await store.setLanguage(chatIdOf(ctx), wanted);
    await ctx.reply(WORDS[wanted].languageSet);
  });

  bot.command(
    'requests',
    linked(async (_ctx, as, words) => {
      const result = await answer(gateway.request(BotRequestsDocument, {}, as));
      if ('text' in result) return explain(result.text, words);
      const requests = result.data.me?.serviceRequests;
      if (!requests || requests.totalCount === 0) return words.noRequests;
      const lang = words === WORDS.kk ? 'kk' : 'ru'; // service names are in Kazakh and Russian
      const lines = requests.edges.map(({ node }) => {
        const status = words.status[node.status as StatusName] ?? node.status;
        return `• ${node.number}: ${node.service.name[lang]}\n  ${status}, ${words.due(formatDate(node.dueDate))}${node.overdue ? `, ${words.overdue}` : ''}`;
      });
      return [words.requestsTitle(requests.totalCount), ...lines].join('\n');
    }),
  );

  bot.command(
    'queue',
    linked(async (_ctx, as, words) => {
      const result = await answer(gateway.request(BotQueueDocument, {}, as));
      if ('text' in result) return explain(result.text, words);
      const entries = result.data.me?.childrenKindergartenQueue ?? [];
      if (entries.length === 0) return words.noQueue;
      const lines = entries.map((e) => {
        const name = e.child.name?.firstName ?? '';
        const place = e.position == null ? (words.queueStatus[e.status] ?? e.status) : words.place(e.position);
        return `• ${name} (${maskIin(e.child.iin)}), ${e.city}: ${place}, ${words.admission(e.desiredAdmissionYear)}`;
      });
      return [words.queueTitle, ...lines].join('\n');
    }),
  );

  bot.command(
    'fines',
    linked(async (_ctx, as, words) => {
      const result = await answer(gateway.request(BotFinesDocument, {}, as));
      if ('text' in result) return explain(result.text, words);
      const fines = result.data.me?.fines ?? [];
      if (fines.length === 0) return words.noFines;
      const lines = fines.map((f) => {
        const discount = f.amountDue < f.amount && f.discountDeadline ? formatDate(f.discountDeadline) : null;
        return `• ${words.fine(f.article.code, formatTenge(f.amount), formatDate(f.offenceDate))}\n  ${words.toPayToday(formatTenge(f.amountDue), discount)}`;
      });
      return [words.finesTitle(fines.length), ...lines].join('\n');
    }),
  );

  bot.command(
    'refresh',
    linked(async (ctx, as, words) => {
      const section = REFRESHABLE[String(ctx.match).trim().toLowerCase()];
      if (!section) return words.refreshUsage(Object.keys(REFRESHABLE).join(', '));
      const result = await answer(gateway.request(BotRefreshDocument, { sections: [section] }, as));
      if ('text' in result) return explain(result.text, words);
      return words.refreshed(words.sections[section] ?? section);
    }),
  );

  bot.command('unlink', async (ctx) => {
    const chatId = chatIdOf(ctx);
    const row = await store.get(chatId);
    const words = WORDS[row?.language ?? languageOf(ctx.from?.language_code)];
    if (!row?.credential) return void (await ctx.reply(words.notLinked));
    // the gateway removes the link (the credential stops working there at once); the chat forgets it whatever the answer
    const result = await gateway.request(BotUnlinkDocument, {}, { credential: row.credential, chatId }).catch((error: unknown) => {
      log.warn('bot_unlink_unconfirmed', describeError(error));
      return undefined;
    });
    if (result?.errors?.length) log.warn('bot_unlink_unconfirmed', { code: result.errors[0]?.extensions?.code });
    await store.unlink(chatId);
    await ctx.reply(words.unlinked);
  });

  return bot;
}
