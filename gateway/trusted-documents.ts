/**
 * Trusted documents: the operations every client was built with, from their manifests
 * (schema/clients.ts), keyed by the SHA-256 of each document's normalized text.
 *
 * - A request may name a document by hash, in the shape of Apollo's persisted queries:
 *   `extensions.persistedQuery.sha256Hash` (hex, or `sha256:<hex>` as the manifests write it),
 *   without a `query`. A manifest's document is executed; the extension is then dropped, so
 *   Apollo's automatic persisted queries neither look it up nor store it.
 * - With `required` (production): a full `query` is executed only when its hash, as sent or once
 *   normalized as the manifests are (`printExecutableGraphQLDocument`: sorted, whitespace reduced),
 *   is a manifest's; anything else is refused, never parsed by Apollo: OPERATION_NOT_TRUSTED
 *   (HTTP 400), and a hash no manifest has, PERSISTED_QUERY_NOT_FOUND (HTTP 200, as for Apollo's
 *   persisted queries). No document is registered at run time.
 * - With `optional` (development): any query runs, for Apollo Sandbox; hashes of the manifests
 *   still resolve, and other hashes are left to Apollo's automatic persisted queries.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { parse, type ParseOptions } from 'graphql';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createLogger } from '../runtime/log.js';
import { CLIENT_OPERATIONS, manifestFile } from '../schema/clients.js';
import { dossierError, ErrorCode } from '../schema/errors.js';
import { configOf, type Env } from '../runtime/config.js';

export type TrustedDocumentsMode = 'required' | 'optional';

const log = createLogger('gateway');

/** TRUSTED_DOCUMENTS: `required` or `optional`; `required` by default in production, where nothing else is accepted. */
export function trustedDocumentsMode(env?: Env): TrustedDocumentsMode {
  const { production, TRUSTED_DOCUMENTS } = configOf(env);
  const value = TRUSTED_DOCUMENTS ?? (production ? 'required' : 'optional');
  if (production && value !== 'required')
    throw new Error("TRUSTED_DOCUMENTS=optional is refused in production: the gateway executes only the clients' trusted documents there");
  return value;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The documents of the clients' manifests (`{ "sha256:<hex>": "<document>" }`), by hex hash; each hash checked against its text. */
export function loadTrustedDocuments(
  files: Array<string | URL> = CLIENT_OPERATIONS.map((folder) => new URL(`../${manifestFile(folder)}`, import.meta.url)),
): Map<string, string> {
  const documents = new Map<string, string>();
  for (const file of files) {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    for (const [key, text] of Object.entries(manifest)) {
      const hash = key.replace(/^sha256:/, '');
      if (typeof text !== 'string' || sha256(text) !== hash)
        throw new Error(`${String(file)}: the document of ${key} is not the text of that hash; run npm run codegen`);
      documents.set(hash, text);
    }
  }
  return documents;
}

/** A persisted-query hash as sent: hex, or `sha256:` and hex. */
const hexOf = (id: unknown): string | undefined => (typeof id === 'string' ? /^(?:sha256:)?([0-9a-f]{64})$/i.exec(id)?.[1]?.toLowerCase() : undefined);

export function trustedDocumentsPlugin<TContext extends BaseContext>(options: {
  mode: TrustedDocumentsMode;
  documents?: Map<string, string>;
  /** The server's parser limits, applied to the normalization of a full query. */
  parseOptions?: ParseOptions;
}): ApolloServerPlugin<TContext> {
  const documents = options.documents ?? loadTrustedDocuments();
  const required = options.mode === 'required';

  const trusted = (query: string): boolean => {
    if (documents.has(sha256(query))) return true;
    try {
      return documents.has(sha256(printExecutableGraphQLDocument(parse(query, options.parseOptions))));
    } catch {
      return false; // what does not parse is no manifest's document
    }
  };
  // A refused request's document is replaced by this one, which Apollo parses and validates in no
  // time; its didResolveOperation then answers the refusal (a plugin's error is answered as the
  // client's only from there on). The client's text is never parsed by Apollo.
  const PLACEHOLDER = '{ __typename }';

  return {
    async requestDidStart({ request, contextValue }) {
      const { persistedQuery, ...otherExtensions } = request.extensions ?? {};
      let refusal: { code: ErrorCode; message: string; status: number } | undefined;
      const refuse = (code: ErrorCode, message: string, status: number) => {
        refusal = { code, message, status };
        Object.assign(request, { query: PLACEHOLDER, operationName: undefined, variables: undefined, extensions: otherExtensions });
      };
      if (request.query === undefined && persistedQuery !== undefined) {
        const text = documents.get(hexOf((persistedQuery as { sha256Hash?: unknown } | null)?.sha256Hash) ?? '');
        if (text !== undefined) Object.assign(request, { query: text, extensions: otherExtensions });
        // development: other hashes are left to Apollo's automatic persisted queries
        else if (required)
          refuse(
            ErrorCode.PERSISTED_QUERY_NOT_FOUND,
            'No trusted operation has this hash: only the operations the clients were built with are executed here.',
            200,
          );
      } else if (required && typeof request.query === 'string') {
        if (!trusted(request.query))
          refuse(
            ErrorCode.OPERATION_NOT_TRUSTED,
            'This operation is not one of the trusted documents: only the operations the clients were built with are executed here.',
            400,
          );
        // a trusted text sent with its hash is served as a trusted document, never registered as an automatic persisted query
        else if (persistedQuery !== undefined) request.extensions = otherExtensions;
      }
      if (!refusal) return;
      const { code, message, status } = refusal;
      return {
        async didResolveOperation() {
          log.warn('untrusted_operation', { requestId: (contextValue as { caller?: { requestId?: string } }).caller?.requestId, code });
          throw dossierError(code, message, { http: { status } });
        },
      };
    },
  };
}
