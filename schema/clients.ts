/**
 * Every client's operations, by folder: each folder holds the client's `*.graphql` documents,
 * typed by codegen against the supergraph, and codegen extracts them into the folder's manifest of
 * trusted documents (`__generated__/client/persisted-documents.json`, by SHA-256 of each document's
 * normalized text). In production the gateway executes only the documents of these manifests.
 *
 * A new client (the portal page, the Telegram bot) adds its folder here, e.g. `web/operations`.
 */
export const CLIENT_OPERATIONS = [
  // the tests', the benchmark's and the README's operations
  'test/operations',
  // the Telegram bot's (bot/)
  'bot/operations',
  // the portal's Personal Account page (web/)
  'web/operations',
] as const;

/** Where codegen writes a client's typed documents and manifest (a folder, for the client preset). */
export const generatedFolder = (operations: string): string => `${operations}/__generated__/client/`;

/** A client's manifest of trusted documents: `{ "sha256:<hex>": "<document>" }`. */
export const manifestFile = (operations: string): string => `${generatedFolder(operations)}persisted-documents.json`;
