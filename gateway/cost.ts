/**
 * The cost of an operation as it will run: graphql-armor's measure (objects 2, scalars 1, ×1.5 per
 * level of depth, fragments flattened, × the list size of `first`/`last`), with the list sizes the
 * request really asks for. Armor's validation rule sees the document only, so it counts
 * `first: $n` and an omitted `first` as 1: 15 aliases of `serviceRequests(first: $n)` with
 * `n = 100` went through. Here a size comes from:
 *   - a literal: its value;
 *   - a variable: the request's value, else the variable's default, else as if omitted;
 *   - omitted: the argument's default in the schema (`first: Int = 20`);
 *   - null: "all", counted as `ALL_ITEMS`;
 *   - omitted where the schema has no default: 1, as armor counts it (the schema does not say).
 * It runs once the operation is resolved (the variables known), before anything is planned.
 */
import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** What a list asked for "all" (null) is counted as: the largest page any list of the dossier serves. */
export const ALL_ITEMS = 100;

const OBJECT_COST = 2;
const SCALAR_COST = 1;
const DEPTH_FACTOR = 1.5;
const SIZE_ARGUMENTS = ['first', 'last'];

export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Readonly<Record<string, unknown>> = {},
): number {
  const defaults = new Map(operation.variableDefinitions?.map((d) => [d.variable.name.value, d.defaultValue]) ?? []);

  /** The list size a value asks for; undefined when it says nothing (an omitted variable without a default). */
  const sizeOf = (value: ValueNode): number | undefined => {
    if (value.kind === Kind.INT) return Number.parseInt(value.value, 10);
    if (value.kind === Kind.NULL) return ALL_ITEMS;
    if (value.kind !== Kind.VARIABLE) return undefined;
    const name = value.name.value;
    if (Object.hasOwn(variables, name)) {
      const given = variables[name];
      return given === null ? ALL_ITEMS : typeof given === 'number' && Number.isFinite(given) ? given : undefined;
    }
    const fallback = defaults.get(name);
    return fallback ? sizeOf(fallback) : undefined;
  };

  const multiplier = (node: FieldNode, field: GraphQLField<unknown, unknown> | undefined): number => {
    let size = 1;
    for (const name of SIZE_ARGUMENTS) {
      const definition = field?.args.find((a) => a.name === name);
      const given = node.arguments?.find((a) => a.name.value === name);
      if (!definition && !given) continue;
      let asked = given ? sizeOf(given.value) : undefined;
      if (asked === undefined) {
        const fallback = definition?.defaultValue;
        asked = typeof fallback === 'number' ? fallback : fallback === null ? ALL_ITEMS : 1;
      }
      size = Math.max(size, asked);
    }
    return size;
  };

  const fieldsOf = (type: GraphQLNamedType | undefined) => (type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : {});

  const seen = new Set<string>();
  const setCost = (set: SelectionSetNode, parent: GraphQLNamedType | undefined, depth: number): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === '__schema') continue; // introspection is not counted, as in armor
        cost += (depth === 0 ? 1 : DEPTH_FACTOR) * fieldCost(selection, parent);
      } else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment || (selection.kind === Kind.FRAGMENT_SPREAD && seen.has(selection.name.value))) continue;
        if (selection.kind === Kind.FRAGMENT_SPREAD) seen.add(selection.name.value);
        const on = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        cost += setCost(fragment.selectionSet, on ?? parent, depth);
        if (selection.kind === Kind.FRAGMENT_SPREAD) seen.delete(selection.name.value);
      }
    }
    return cost;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLNamedType | undefined): number => {
    if (!node.selectionSet) return SCALAR_COST;
    const field = fieldsOf(parent)[node.name.value];
    const type = field ? getNamedType(field.type) : undefined;
    return (OBJECT_COST + setCost(node.selectionSet, type, 1)) * multiplier(node, field);
  };

  return setCost(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined, 0);
}
