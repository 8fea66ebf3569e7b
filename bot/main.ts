/**
 * `npm run bot`: the Telegram bot as a process of its own, polling Telegram for updates (long
 * polling). Needs TELEGRAM_BOT_TOKEN (from BotFather); without it, it does not start and says why.
 * `npm start` starts it too when the token is set (startBot).
 */
import { pathToFileURL } from 'node:url';
import { telegramBotSecret } from '../gateway/telegram/credential.js';
import { configOf, exitUnlessConfigured, type Env } from '../runtime/config.js';
import { createLogger, describeError } from '../runtime/log.js';
import { createDossierBot } from './bot.js';
import { gatewayClient } from './gateway.js';
import { openChatStore } from './store.js';

const log = createLogger('bot');

/** Why the bot cannot start with this environment, in one line; undefined when it can. */
export function botNotStarting(env?: Env): string | undefined {
  if (!configOf(env).TELEGRAM_BOT_TOKEN) return 'Telegram bot: not started (TELEGRAM_BOT_TOKEN is not set; README, "Telegram bot", says how to get one).';
  if (!telegramBotSecret(env)) return 'Telegram bot: not started (TELEGRAM_BOT_SECRET is not set: production has no development secret).';
  return undefined;
}

/** Starts the bot's long polling; resolves once it runs, with a stop. */
export async function startBot(options: { gatewayUrl: string; env?: Env }): Promise<{ username: string; stop(): Promise<void> }> {
  const { env } = options;
  const refusal = botNotStarting(env);
  if (refusal) throw new Error(refusal);
  const { store, kind } = await openChatStore(env);
  if (kind === 'memory') log.info('bot_store', { kind, note: 'linked chats are forgotten at stop; set BOT_DATABASE_URL or DATABASE_URL to keep them' });
  const bot = createDossierBot({
    token: configOf(env).TELEGRAM_BOT_TOKEN!,
    gateway: gatewayClient({ url: options.gatewayUrl, botSecret: telegramBotSecret(env)! }),
    store,
  });
  bot.catch((error) => log.error('bot_update_failed', describeError(error.error)));
  await bot.init();
  // long polling; its promise settles only when the bot stops
  void bot.start({ drop_pending_updates: false }).catch((error: unknown) => log.error('bot_polling_failed', describeError(error)));
  return {
    username: bot.botInfo.username,
    stop: async () => {
      await bot.stop();
      await store.close();
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { GATEWAY_URL, PORT } = exitUnlessConfigured([]);
  const refusal = botNotStarting();
  if (refusal) {
    console.error(refusal);
    process.exit(1);
  }
  const gatewayUrl = GATEWAY_URL ?? `http://127.0.0.1:${PORT ?? 4000}/graphql`;
  const running = await startBot({ gatewayUrl }).catch((error: unknown) => {
    console.error(`Telegram bot: could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
  console.log(`Telegram bot @${running.username}: polling Telegram, reading through ${gatewayUrl}.`);
  const stop = () => void running.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
