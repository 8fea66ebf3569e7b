/**
 * Login level: fields marked `@requiresScopes` in the subgraphs' SDL (and so in the supergraph)
 * need the caller to hold those scopes. Apollo Gateway does not enforce the directive (it even
 * refuses to load a supergraph whose link to it says `for: SECURITY`), so the gateway:
 *   1. reads the scopes from the supergraph document itself (`scopesOf`);
 *   2. hands Apollo Gateway a copy without that link purpose (`gatewaySupergraph`);
 *   3. before planning, removes from the operation every field the caller lacks scopes for
 *      (`pruneOperation`), and after execution shapes the answer as the client's operation asked
 *      it, each denied field null in its place with an EDS_REQUIRED error at its path
 *      (`restoreDenied`): the other fields are answered as usual.
 */
import {
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  parse,
  type DocumentNode,
  type FieldNode,
  type NamedTypeNode,
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
          selection.selectionSet && type && isObjectType(type)
            ? { ...selection, selectionSet: pruneSet(selection.selectionSet, type, [...path, key]) }
            : selection,
        );
      } else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        const on = condition && isObjectType(condition) ? condition : parent;
        selections.push({
          kind: Kind.INLINE_FRAGMENT,
          typeCondition: fragment.typeCondition,
          directives: selection.directives,
          selectionSet: pruneSet(fragment.selectionSet, on, path),
        });
      }
    }
    return { ...set, selections: selections.length > 0 ? selections : [typename] };
  };

  const pruned: OperationDefinitionNode = { ...operation, selectionSet: pruneSet(operation.selectionSet, root, []) };
  if (denied.length === 0) return { document, denied };
  return { document: { kind: Kind.DOCUMENT, definitions: [pruned] }, denied };
}

/**
 * The answer in the shape of the operation as the client wrote it: exactly the fields asked (by
 * response key, aliases kept, fragments merged as GraphQL collects them, `@skip`/`@include`
 * applied with the request's variables), in the order asked; each denied field null in its place
 * with an EDS_REQUIRED error at its path. What pruning added (a `__typename` where every field of
 * a selection was denied) is left out.
 */
export function restoreDenied(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | undefined,
  data: Record<string, unknown> | null | undefined,
  rules: ScopeRules,
  scopes: ReadonlySet<string>,
): { data: Record<string, unknown> | null | undefined; errors: GraphQLError[] } {
  const selected = selectOperation(schema, document, operationName);
  if (!selected || data === null || data === undefined) return { data, errors: [] };
  const { operation, root, fragments } = selected;
  const values = getVariableValues(schema, operation.variableDefinitions ?? [], { ...variables }).coerced ?? {};
  const errors: GraphQLError[] = [];

  const included = (node: SelectionNode): boolean =>
    getDirectiveValues(GraphQLSkipDirective, node, values)?.if !== true && getDirectiveValues(GraphQLIncludeDirective, node, values)?.if !== false;
  const applies = (condition: NamedTypeNode | undefined, type: GraphQLObjectType): boolean => {
    if (!condition || condition.name.value === type.name) return true;
    const named = schema.getType(condition.name.value);
    return !!named && isAbstractType(named) && schema.isSubType(named, type);
  };
  /** The fields of selection sets on one object type, by response key, in order of first appearance. */
  const collect = (sets: readonly SelectionSetNode[], type: GraphQLObjectType, fields = new Map<string, FieldNode[]>(), spread = new Set<string>()) => {
    for (const set of sets) {
      for (const selection of set.selections) {
        if (!included(selection)) continue;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          fields.set(key, [...(fields.get(key) ?? []), selection]);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (applies(selection.typeCondition, type)) collect([selection.selectionSet], type, fields, spread);
        } else if (!spread.has(selection.name.value)) {
          spread.add(selection.name.value);
          const fragment = fragments.get(selection.name.value);
          if (fragment && applies(fragment.typeCondition, type)) collect([fragment.selectionSet], type, fields, spread);
        }
      }
    }
    return fields;
  };
  const shape = (value: unknown, sets: readonly SelectionSetNode[], type: GraphQLObjectType, path: ReadonlyArray<string | number>): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((item, i) => shape(item, sets, type, [...path, i]));
    const object = value as Record<string, unknown>;
    const shaped: Record<string, unknown> = {};
    for (const [key, nodes] of collect(sets, type)) {
      const name = nodes[0]!.name.value;
      if (!granted(rules.get(`${type.name}.${name}`), scopes)) {
        shaped[key] = null;
        errors.push(
          new GraphQLError(`Reading ${name} needs a login with an electronic digital signature (EDS).`, {
            path: [...path, key],
            extensions: { code: ErrorCode.EDS_REQUIRED },
          }),
        );
        continue;
      }
      if (!(key in object)) continue;
      const field = type.getFields()[name];
      const child = field && getNamedType(field.type);
      const sub = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
      shaped[key] = child && isObjectType(child) && sub.length > 0 ? shape(object[key], sub, child, [...path, key]) : object[key];
    }
    return shaped;
  };
  return { data: shape(data, [operation.selectionSet], root, []) as Record<string, unknown>, errors };
}
