import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  isInterfaceType,
  isObjectType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';

/** Lists without `first` are costed at this many items. */
export const DEFAULT_PAGE_COST = 100;

interface Walk {
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  schema: GraphQLSchema;
}

/** Items a field can return: its `first` argument (or the default page) for paginated fields, else 1. */
function multiplier(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  if (!field.args.some((arg) => arg.name === 'first')) return 1;
  const first = args.first;
  return typeof first === 'number' && first > 0 ? first : DEFAULT_PAGE_COST;
}

function costOf(type: GraphQLNamedType, selections: SelectionSetNode | undefined, walk: Walk): number {
  if (!selections || !(isObjectType(type) || isInterfaceType(type))) return 0;
  let cost = 0;
  for (const selection of selections.selections) {
    switch (selection.kind) {
      case Kind.FIELD: {
        const field = type.getFields()[selection.name.value];
        if (!field) break; // introspection fields and unknown ones (another rule reports those)
        const args: Record<string, unknown> = {};
        for (const arg of selection.arguments ?? [])
          args[arg.name.value] = valueFromASTUntyped(arg.value, walk.variables);
        const child = costOf(getNamedType(field.type), selection.selectionSet, walk);
        cost += 1 + multiplier(field, args) * child;
        break;
      }
      case Kind.INLINE_FRAGMENT: {
        const named = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : type;
        cost += costOf(named ?? type, selection.selectionSet, walk);
        break;
      }
      case Kind.FRAGMENT_SPREAD: {
        const fragment = walk.fragments[selection.name.value];
        if (!fragment) break;
        const named = walk.schema.getType(fragment.typeCondition.name.value);
        // A spread is costed where it is used; cycles are refused by NoFragmentCycles before execution.
        const { [selection.name.value]: _self, ...others } = walk.fragments;
        cost += costOf(named ?? type, fragment.selectionSet, { ...walk, fragments: others });
        break;
      }
    }
  }
  return cost;
}

/**
 * What an operation could return at most, in field values: every field costs 1, and what is selected below
 * a paginated field counts once per item it may return (`first`, default 100). Needs the variables, so it
 * runs once the operation is known (Apollo's didResolveOperation, graphql-ws' onSubscribe), not as a rule.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string | null,
): number {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    if (definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName)) {
      operation ??= definition;
    }
  }
  if (!operation) return 0;
  const root =
    operation.operation === OperationTypeNode.QUERY
      ? schema.getQueryType()
      : operation.operation === OperationTypeNode.MUTATION
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  return root ? costOf(root, operation.selectionSet, { fragments, variables, schema }) : 0;
}

export function tooComplex(cost: number, maxCost: number): GraphQLError | undefined {
  if (cost <= maxCost) return undefined;
  return new GraphQLError(`query is too complex: cost ${cost} exceeds the limit of ${maxCost}`, {
    extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' },
  });
}
