import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** How deep a selection goes, following fragments (a fragment cycle is another rule's error). */
function depthOf(
  selections: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  if (!selections) return 0;
  let deepest = 0;
  for (const selection of selections.selections) {
    switch (selection.kind) {
      case Kind.FIELD:
        // Introspection is as deep as the schema; the playground's own query must pass.
        if (selection.name.value.startsWith('__')) continue;
        deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, visiting));
        break;
      case Kind.INLINE_FRAGMENT:
        deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visiting));
        break;
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || visiting.has(name)) break;
        visiting.add(name);
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, visiting));
        visiting.delete(name);
        break;
      }
    }
  }
  return deepest;
}

/** Refuses operations nested deeper than `maxDepth` fields (counted from the root field, which is 1). */
export function queryDepthRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const definition of context.getDocument().definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
      }
      const depth = depthOf(operation.selectionSet, fragments, new Set());
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(`query is too deep: depth ${depth} exceeds the limit of ${maxDepth}`, {
            nodes: [operation],
            extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' },
          }),
        );
      }
    },
  });
}
