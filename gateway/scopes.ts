/**
 * Login level: fields marked `@requiresScopes` in the subgraphs' SDL (and so in the supergraph)
 * need the caller to hold those scopes. Apollo Gateway does not enforce the directive (it even
 * refuses to load a supergraph whose link to it says `for: SECURITY`), so the gateway:
 *   1. reads the scopes from the supergraph document itself (`scopesOf`);
 *   2. hands Apollo Gateway a copy without that link purpose (`gatewaySupergraph`);
 *   3. before planning, removes from the operation every field the caller lacks scopes for
 *      (`pruneOperation`), and after execution puts each back as null with an EDS_REQUIRED error
 *      at its path (`restoreDenied`): the other fields are answered as usual.
 */
import {
  getNamedType,
  GraphQLError,
  isObjectType,
  Kind,
  parse,
  type DocumentNode,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { ErrorCode } from '../schema/errors.js';
import { granted, scopeRulesOf, type ScopeRules } from '../schema/scopes.js';
import { selectOperation } from './operation.js';

/** The rules written in the supergraph document. */
export const scopesOf = (supergraphSdl: string): ScopeRules => scopeRulesOf(parse(supergraphSdl));

/** The supergraph as Apollo Gateway 2.14 accepts it: the requiresScopes link without `for: SECURITY`. */
export function gatewaySupergraph(supergraphSdl: string): string {
  return supergraphSdl.replace(/(@link\(url: "https:\/\/specs\.apollo\.dev\/requiresScopes\/[^"]+"), for: SECURITY\)/g, '$1)');
}

/** A field removed from the operation: the response keys from the root down to it. */
export type DeniedPath = readonly string[];

const typename: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/**
 * The operation without the fields the scopes do not grant (fragments inlined where they hold
 * one), and where those fields were. An emptied selection set keeps `__typename`.
 */
export function pruneOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rules: ScopeRules,
  scopes: ReadonlySet<string>,
): { document: DocumentNode; denied: DeniedPath[] } {
  const selected = selectOperation(schema, document, operationName);
  if (!selected) return { document, denied: [] };
  const { operation, root, fragments } = selected;
  const denied: DeniedPath[] = [];

  const pruneSet = (set: SelectionSetNode, parent: GraphQLObjectType, path: readonly string[]): SelectionSetNode => {
    const selections: SelectionNode[] = [];
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const field = parent.getFields()[selection.name.value];
        if (!granted(rules.get(`${parent.name}.${selection.name.value}`), scopes)) {
          denied.push([...path, key]);
          continue;
        }
        const type = field && getNamedType(field.type);
        selections.push(
          selection.selectionSet && type && isObjectType(type) ? { ...selection, selectionSet: pruneSet(selection.selectionSet, type, [...path, key]) } : selection,
        );
      } else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        const on = condition && isObjectType(condition) ? condition : parent;
        selections.push({ kind: Kind.INLINE_FRAGMENT, typeCondition: fragment.typeCondition, directives: selection.directives, selectionSet: pruneSet(fragment.selectionSet, on, path) });
      }
    }
    return { ...set, selections: selections.length > 0 ? selections : [typename] };
  };

  const pruned: OperationDefinitionNode = { ...operation, selectionSet: pruneSet(operation.selectionSet, root, []) };
  if (denied.length === 0) return { document, denied };
  return { document: { kind: Kind.DOCUMENT, definitions: [pruned] }, denied };
}

/** Puts each denied field back as null, with an EDS_REQUIRED error at its path in the answer. */
export function restoreDenied(data: Record<string, unknown> | null | undefined, denied: readonly DeniedPath[]): GraphQLError[] {
  const errors: GraphQLError[] = [];
  const visit = (value: unknown, keys: readonly string[], path: Array<string | number>): void => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, keys, [...path, i]));
      return;
    }
    const object = value as Record<string, unknown>;
    const [key, ...rest] = keys as [string, ...string[]];
    if (rest.length > 0) return visit(object[key], rest, [...path, key]);
    object[key] = null;
    errors.push(
      new GraphQLError(`Reading ${key} needs a login with an electronic digital signature (EDS).`, {
        path: [...path, key],
        extensions: { code: ErrorCode.EDS_REQUIRED },
      }),
    );
  };
  for (const keys of denied) visit(data, keys, []);
  return errors;
}
