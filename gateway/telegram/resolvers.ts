/** The gateway's Telegram slice: the portal makes a one-time deep link; the portal or the bot unlinks. */
import { dossierError, ErrorCode } from '../../schema/errors.js';
import type { LoginMethod } from '../../schema/caller.js';
import type { Resolvers } from './__generated__/resolvers.js';
import type { TelegramLinks } from './store.js';

const LEVEL: Record<LoginMethod, number> = { PASSWORD: 0, SMS: 1, EDS: 2 };

export function telegramResolvers(links: () => Promise<TelegramLinks>, botUsername: string): Resolvers {
  return {
    Mutation: {
      createTelegramLink: async (_parent, { login }, ctx) => {
        // a link made by the bot's own credential would let a link outlive its unlinking
        if (ctx.telegramLink) throw dossierError(ErrorCode.FORBIDDEN, 'The bot cannot make links: open the portal to link a chat.');
        if (ctx.caller.login !== 'EDS') throw dossierError(ErrorCode.EDS_REQUIRED, 'Linking the Telegram bot needs a login by electronic digital signature.');
        const level = login ?? ctx.caller.login;
        if (LEVEL[level] > LEVEL[ctx.caller.login])
          throw dossierError(ErrorCode.BAD_USER_INPUT, 'The bot cannot act with more than your own login level.', { argument: 'login', rule: 'LOGIN_LEVEL' });
        const { code, expiresAt } = await (await links()).create(ctx.caller.iin, level);
        return { url: `https://t.me/${botUsername}?start=${code}`, expiresAt: expiresAt.toISOString(), login: level };
      },
      unlinkTelegram: async (_parent, _args, ctx) => {
        const store = await links();
        if (ctx.telegramLink) return (await store.unlink(ctx.telegramLink.linkId)) ? 1 : 0;
        return store.unlinkAll(ctx.caller.iin);
      },
    },
  };
}
