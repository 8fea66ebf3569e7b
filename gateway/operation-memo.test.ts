import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readSupergraph } from '../schema/supergraph.js';
import { gatewayRequire, installOperationMemo, rememberingOperations } from './operation-memo.js';
import { gatewaySupergraph } from './scopes.js';

// the very instance Apollo Gateway uses (not a direct dependency of this project)
const internals = gatewayRequire('@apollo/federation-internals') as typeof import('@apollo/federation-internals');
const { operationFromDocument, Supergraph } = internals;

const api = Supergraph.build(gatewaySupergraph(readSupergraph())).apiSchema();
/** The document executeQueryPlan builds on every request: the operation, then its fragments. */
const asExecuted = (document: DocumentNode): DocumentNode => ({
  kind: Kind.DOCUMENT,
  definitions: [
    document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!,
    ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION),
  ],
});

describe('remembering the operations Apollo Gateway executes', () => {
  const counting = () => {
    let calls = 0;
    const original = ((...args: Parameters<typeof operationFromDocument>) => (calls++, operationFromDocument(...args))) as Parameters<
      typeof rememberingOperations
    >[0];
    return { calls: () => calls, remembering: rememberingOperations(original) };
  };
  const document = parse('query Mine { me { iin ...Cars } } fragment Cars on Person { vehicles { plate } }');

  it('builds an execution’s operation once per parsed document, each time a new document is parsed', () => {
    const { calls, remembering } = counting();
    const first = remembering(api, asExecuted(document), { validate: false });
    expect(remembering(api, asExecuted(document), { validate: false })).toBe(first);
    expect(calls()).toBe(1);
    const again = parse('query Mine { me { iin ...Cars } } fragment Cars on Person { vehicles { plate } }');
    expect(remembering(api, asExecuted(again), { validate: false })).not.toBe(first);
    expect(calls()).toBe(2);
    // the same operation node with other fragments is another document
    const other = parse('fragment Cars on Person { drivingLicence { number } }').definitions[0]!;
    remembering(api, { kind: Kind.DOCUMENT, definitions: [asExecuted(document).definitions[0]!, other] }, { validate: false });
    expect(calls()).toBe(3);
  });

  it('leaves planning (validating) calls alone', () => {
    const { calls, remembering } = counting();
    remembering(api, document, { operationName: 'Mine' });
    remembering(api, document, { operationName: 'Mine' });
    expect(calls()).toBe(2);
  });

  it('is installed where Apollo Gateway calls it', () => {
    expect(installOperationMemo()).toBe(true);
    const executed = asExecuted(document);
    expect(internals.operationFromDocument(api, executed, { validate: false })).toBe(
      internals.operationFromDocument(api, asExecuted(document), { validate: false }),
    );
  });
});
