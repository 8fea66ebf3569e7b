/**
 * Resolver types for every subgraph, generated from its `schema.graphql` with the value types all of
 * them share (`schema/subgraph-types.graphql`).
 *
 * Mappers by convention: a GraphQL type `Foo` whose state-system form differs from the schema is
 * mapped to `FooRecord` when the subgraph's `record.ts` exports one; `Person` is always the
 * key-only `PersonRef` (the gateway plans the rest). The context type is the `Context` that `record.ts`
 * exports (the kit's SubgraphContext over the folder's record). Output: `subgraphs/<name>/__generated__/resolvers.ts`.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { existsSync, readFileSync } from 'node:fs';
import { CLIENT_OPERATIONS, generatedFolder } from './schema/clients.js';
import { SECTIONS } from './schema/sections.js';

const subgraphs = SECTIONS.map((s) => s.subgraph).filter((name) => existsSync(`subgraphs/${name}/schema.graphql`));

function mappersOf(name: string): Record<string, string> {
  const mappers: Record<string, string> = { Person: '../../kit/person.js#PersonRef' };
  const recordFile = `subgraphs/${name}/record.ts`;
  if (!existsSync(recordFile)) return mappers;
  const sdl = readFileSync(`subgraphs/${name}/schema.graphql`, 'utf8');
  for (const [, type] of readFileSync(recordFile, 'utf8').matchAll(/export (?:interface|type) (\w+)Record\b/g)) {
    if (new RegExp(`\\btype ${type}\\b`).test(sdl)) mappers[type!] = `../record.js#${type}Record`;
  }
  return mappers;
}

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    // Types of the client operations the tests and the benchmark send, checked against the supergraph.
    'test/operations/__generated__/operations.ts': {
      schema: 'schema/supergraph.graphql',
      documents: 'test/operations/*.graphql',
      plugins: ['typescript-operations'],
      config: { useTypeImports: true, enumType: 'string-literal', scalars: { Date: 'string', DateTime: 'string' } },
    },
    // Each client's typed documents and its manifest of trusted documents (persisted documents by
    // SHA-256 of the normalized text, `persisted-documents.json`), which the gateway loads (schema/clients.ts).
    ...Object.fromEntries(
      CLIENT_OPERATIONS.map((folder) => [
        generatedFolder(folder),
        {
          schema: 'schema/supergraph.graphql',
          documents: `${folder}/*.graphql`,
          preset: 'client' as const,
          presetConfig: { persistedDocuments: { hashAlgorithm: 'sha256' }, fragmentMasking: false },
          // (emitLegacyCommonJSImports: false: imports with `.js`, as ES modules under NodeNext need)
          config: { useTypeImports: true, enumType: 'string-literal', scalars: { Date: 'string', DateTime: 'string' }, emitLegacyCommonJSImports: false },
        },
      ]),
    ),
    // The gateway's own subgraph: the access log, what changed since the last view, notification settings.
    'gateway/access-log/__generated__/resolvers.ts': {
      schema: ['schema/subgraph-types.graphql', 'gateway/access-log/schema.graphql'],
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: true,
        contextType: '../../server.js#GatewayContext',
        mappers: {
          Person: '../../../schema/person.js#PersonRef',
          AccessLogEntry: '../store.js#AccessRecord',
          DossierChange: '../../dossier-changes/store.js#DossierChangeRecord',
        },
        scalars: { Date: 'string', DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
      },
    },
    // ... and its Telegram slice (linking the bot).
    'gateway/telegram/__generated__/resolvers.ts': {
      schema: ['schema/subgraph-types.graphql', 'gateway/telegram/schema.graphql'],
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: true,
        contextType: '../../server.js#GatewayContext',
        scalars: { Date: 'string', DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
      },
    },
    // The gateway's other slice: the citizen's page settings.
    'gateway/preferences/__generated__/resolvers.ts': {
      schema: ['schema/subgraph-types.graphql', 'gateway/preferences/schema.graphql'],
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: true,
        contextType: '../../server.js#GatewayContext',
        mappers: { Person: '../../../schema/person.js#PersonRef' },
        scalars: { Date: 'string', DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
      },
    },
    ...Object.fromEntries(
      subgraphs.map((name) => [
        `subgraphs/${name}/__generated__/resolvers.ts`,
        {
          schema: ['schema/subgraph-types.graphql', 'schema/subgraph-root.graphql', `subgraphs/${name}/schema.graphql`],
          plugins: ['typescript', 'typescript-resolvers'],
          config: {
            federation: true,
            useTypeImports: true,
            enumsAsTypes: true,
            useIndexSignature: true,
            contextType: '../record.js#Context',
            mappers: mappersOf(name),
            scalars: { Date: 'string', DateTime: 'string' },
            avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
            maybeValue: 'T | null',
          },
        },
      ]),
    ),
  },
};

export default config;
