/** The operations of test/operations/*.graphql, by name, as text to send. */
import { readFileSync } from 'node:fs';
import { Kind, parse, print, visit, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

const document: DocumentNode = parse(readFileSync(new URL('./operations/dossier.graphql', import.meta.url), 'utf8'));
const fragments = new Map(
  document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
);

/** An operation with exactly the fragments it uses, ready to POST. */
export function operation(name: string): string {
  const op = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!op) throw new Error(`no operation ${name}`);
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
  collect(op);
  return [print(op), ...[...used].map((n) => print(fragments.get(n)!))].join('\n\n');
}
