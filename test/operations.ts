/** The operations of test/operations/*.graphql, by name, as text to send. */
import { readFileSync } from 'node:fs';
import { Kind, parse, print, visit, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

const document: DocumentNode = parse(readFileSync(new URL('./operations/dossier.graphql', import.meta.url), 'utf8'));
const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));

/** The definition and every fragment it uses, printed. */
function withFragments(definition: OperationDefinitionNode | FragmentDefinitionNode): string {
  const used = new Set<string>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        if (!used.has(spread.name.value)) {
          used.add(spread.name.value);
          collect(fragments.get(spread.name.value)!);
        }
      },
    });
  collect(definition);
  return [print(definition), ...[...used].map((n) => print(fragments.get(n)!))].join('\n\n');
}

/** An operation with exactly the fragments it uses, ready to POST. */
export function operation(name: string): string {
  const op = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!op) throw new Error(`no operation ${name}`);
  return withFragments(op);
}

/**
 * One section's fragment (`Vehicles`, `Property`, ...) as the `_entities` query the query planner
 * sends its subgraph: what a subgraph answers on its own, without the gateway.
 */
export function entitiesOperation(fragment: string): string {
  const definition = fragments.get(fragment);
  if (!definition) throw new Error(`no fragment ${fragment}`);
  const spread = parse(`query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ...${fragment} } }`)
    .definitions[0] as OperationDefinitionNode;
  return [print(spread), withFragments(definition)].join('\n\n');
}
