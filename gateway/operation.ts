/** What the gateway's policies walk: one operation of a document, its root type and its fragments. */
import { Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

export interface SelectedOperation {
  operation: OperationDefinitionNode;
  root: GraphQLObjectType;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
}

/** The operation named `operationName` (the first one when unnamed); undefined when there is none, or its root type is not in the schema. */
export function selectOperation(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): SelectedOperation | undefined {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return undefined;
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return { operation, root, fragments };
}
