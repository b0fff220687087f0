import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/**
 * GitHub's published rule for the points a query costs: count the requests
 * needed to fill each connection, assuming every one returns as many items
 * as its `first` or `last` allows, divide by 100 and round, with 1 as the
 * least. The test server charges by this rule so that the benchmark's figures
 * mean what they would on GitHub.
 * https://docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    } else if (definition.kind === Kind.OPERATION_DEFINITION) {
      if (!operationName || definition.name?.value === operationName) operation ??= definition;
    }
  }
  const root = schema.getQueryType();
  if (!operation || !root) return 1;
  let requests = 0;
  type Parent = GraphQLNamedType | null | undefined;
  const walk = (set: SelectionSetNode, type: Parent, times: number) => {
    if (!type) return;
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition?.name.value;
        walk(selection.selectionSet, condition ? schema.getType(condition) : type, times);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) {
          walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), times);
        }
      } else if (selection.selectionSet && (isObjectType(type) || isInterfaceType(type))) {
        const field = type.getFields()[selection.name.value];
        if (!field) continue;
        const fieldType = getNamedType(field.type);
        let inner = times;
        if (fieldType.name.endsWith('Connection')) {
          requests += times;
          inner = times * (pageSize(selection, variables) ?? 1);
        }
        walk(selection.selectionSet, fieldType, inner);
      }
    }
  };
  walk(operation.selectionSet, root, 1);
  return Math.max(1, Math.round(requests / 100));
}

function pageSize(field: FieldNode, variables: Record<string, unknown>): number | undefined {
  for (const argument of field.arguments ?? []) {
    if (argument.name.value !== 'first' && argument.name.value !== 'last') continue;
    const value = valueFromASTUntyped(argument.value, variables);
    if (typeof value === 'number') return value;
  }
  return undefined;
}
