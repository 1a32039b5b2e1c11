import { buildTable, type ResourceDefinition } from '@ksb/resources';
import type { KubeObject } from '@ksb/store';
import type { Representation } from '../request/accept';
import type { KubeQuery } from '../request/kube-query';

/** A list as Kubernetes answers it: `<Kind>List`, or a Table for kubectl get. */
export function listBody(
  definition: ResourceDefinition,
  items: KubeObject[],
  list: { resourceVersion: string; continueToken?: string },
  representation: Representation,
  query: KubeQuery,
): unknown {
  if (representation.as === 'Table') {
    return buildTable(
      definition,
      items,
      {
        includeObject: query.includeObject ?? 'Metadata',
        resourceVersion: list.resourceVersion,
        continue: list.continueToken,
      },
      new Date(),
    );
  }
  return {
    kind: `${definition.kind}List`,
    apiVersion: definition.apiVersion,
    metadata: {
      resourceVersion: list.resourceVersion,
      ...(list.continueToken ? { continue: list.continueToken } : {}),
    },
    items,
  };
}

/** One object, or a one-row Table when kubectl get asks for one. */
export function objectBody(
  definition: ResourceDefinition,
  object: KubeObject,
  representation: Representation,
  query: KubeQuery,
): unknown {
  if (representation.as !== 'Table') return object;
  return buildTable(
    definition,
    [object],
    { includeObject: query.includeObject ?? 'Metadata', resourceVersion: object.metadata.resourceVersion },
    new Date(),
  );
}
