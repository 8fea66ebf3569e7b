/**
 * Apollo Gateway (2.14) turns the parsed operation into its own form (`operationFromDocument` of
 * @apollo/federation-internals) on every request before it executes the cached query plan: 11% of
 * the gateway's CPU in the benchmark's profile, for operations it has seen thousands of times.
 * Apollo Server hands the gateway the same parsed document for the same query (its document
 * cache), and ScopedGateway the same pruned one for the same policy (its policy cache), so the
 * result can be remembered per parsed operation: here, in a WeakMap, forgotten with the document.
 *
 * Only the execution's call is remembered (`validate: false`, on a document of the operation and
 * its fragments); planning, on a plan-cache miss, validates as before. The gateway calls through
 * the package's exports, which read the `operations` module's export on each call: that export is
 * what is replaced. If a newer Apollo is laid out otherwise, nothing is replaced and the log says
 * so: the gateway is then as correct as before, only slower.
 */
import { createRequire } from 'node:module';
import type { DefinitionNode, DocumentNode } from 'graphql';
import { createLogger } from '../runtime/log.js';

type OperationFromDocument = (schema: object, document: DocumentNode, options?: { operationName?: string; validate?: boolean }) => object;

/** `require` as @apollo/gateway resolves: its own instance of @apollo/federation-internals. */
export const gatewayRequire = createRequire(createRequire(import.meta.url).resolve('@apollo/gateway'));
const log = createLogger('gateway');
let installed = false;

/** Replaces federation-internals' operationFromDocument with a remembering one; once per process. */
export function installOperationMemo(): boolean {
  if (installed) return true;
  let operations: { operationFromDocument?: OperationFromDocument };
  try {
    operations = gatewayRequire('@apollo/federation-internals/dist/operations.js') as typeof operations;
  } catch {
    operations = {};
  }
  const original = operations.operationFromDocument;
  if (typeof original !== 'function') {
    log.warn('operation_memo_unavailable', {
      message: '@apollo/federation-internals has no dist/operations.js operationFromDocument: operations are rebuilt per request',
    });
    return false;
  }
  operations.operationFromDocument = rememberingOperations(original);
  installed = true;
  return true;
}

/** operationFromDocument remembering its executions' operations, per schema and parsed operation. */
export function rememberingOperations(original: OperationFromDocument): OperationFromDocument {
  const bySchema = new WeakMap<object, WeakMap<DefinitionNode, { fragments: readonly DefinitionNode[]; operation: object }>>();
  return (schema, document, options) => {
    const [definition, ...fragments] = document.definitions;
    if (options?.validate !== false || options.operationName !== undefined || definition?.kind !== 'OperationDefinition') {
      return original(schema, document, options);
    }
    let known = bySchema.get(schema);
    if (!known) bySchema.set(schema, (known = new WeakMap()));
    const remembered = known.get(definition);
    // the same operation node with the very same fragment nodes: the same parsed document
    if (remembered && remembered.fragments.length === fragments.length && remembered.fragments.every((f, i) => f === fragments[i])) {
      return remembered.operation;
    }
    const operation = original(schema, document, options);
    known.set(definition, { fragments, operation });
    return operation;
  };
}
