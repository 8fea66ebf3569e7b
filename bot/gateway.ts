/**
 * The bot's only way into the dossier: the gateway's GraphQL endpoint, like any client, with its
 * operations sent by hash (the manifest of trusted documents, bot/operations), as client
 * `telegram-bot`, acting for a linked citizen with the credential the gateway gave the chat
 * (gateway/telegram/credential.ts) and the bot's own secret beside it. It holds no key of the
 * identity provider and cannot act for anyone whose link it was not given.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { OperationDefinitionNode } from 'graphql';

export interface GraphQLErrorBody {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; section?: string; retryAfterSeconds?: number };
}

export interface Answer<T> {
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

/** Who the bot asks for: the chat's credential, in that chat. */
export interface ChatCredential {
  credential: string;
  chatId: string;
}

export interface GatewayClient {
  request<T, V extends Record<string, unknown>>(document: TypedDocumentNode<T, V>, variables: V, as: ChatCredential): Promise<Answer<T>>;
  /** Redeems a one-time code for a chat: the credential and its login level, or undefined when refused (unknown, used, expired). */
  redeem(code: string, chatId: string): Promise<{ credential: string; login: string } | undefined>;
}

export const CLIENT_NAME = 'telegram-bot';

export function gatewayClient(options: { url: string; botSecret: string; timeoutMs?: number }): GatewayClient {
  const graphqlUrl = new URL(options.url);
  const redeemUrl = new URL('/telegram/redeem', graphqlUrl);
  const timeout = () => AbortSignal.timeout(options.timeoutMs ?? 10_000);
  const common = { 'content-type': 'application/json', 'apollographql-client-name': CLIENT_NAME, 'x-telegram-bot-secret': options.botSecret };
  return {
    async request(document, variables, { credential, chatId }) {
      const meta = (document as { __meta__?: { hash?: string } }).__meta__;
      if (!meta?.hash) throw new Error('not a trusted document: run npm run codegen');
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
      const response = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { ...common, authorization: `Telegram ${credential}`, 'x-telegram-chat': chatId },
        body: JSON.stringify({ operationName: operation?.name?.value, variables, extensions: { persistedQuery: { version: 1, sha256Hash: meta.hash } } }),
        signal: timeout(),
      });
      const body = (await response.json().catch(() => undefined)) as Answer<never> | undefined;
      if (body && (body.data !== undefined || body.errors)) return body;
      return { errors: [{ message: `HTTP ${response.status}`, extensions: { code: 'SERVICE_UNAVAILABLE' } }] };
    },
    async redeem(code, chatId) {
      const response = await fetch(redeemUrl, { method: 'POST', headers: common, body: JSON.stringify({ code, chatId }), signal: timeout() });
      if (response.status === 403) return undefined;
      if (!response.ok) throw new Error(`redeem: HTTP ${response.status}`);
      return (await response.json()) as { credential: string; login: string };
    },
  };
}
