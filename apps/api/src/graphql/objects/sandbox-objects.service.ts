import { Injectable } from '@nestjs/common';
import { DomainError } from '@ksb/errors';
import { kindFor, kindOf, ObjectsService, type Scope } from '@ksb/kube-objects';
import { RESOURCES, type ResourceDefinition } from '@ksb/resources';
import type { KubeObject } from '@ksb/store';
import { DEFAULT_PAGE, type ListArgs, type Page } from '../common/connection';

/** Reads of a sandbox's objects for resolvers, as pages; the caller has already checked access. */
@Injectable()
export class SandboxObjects {
  constructor(private readonly objects: ObjectsService) {}

  /** The definition a resource argument names, as kubectl reads it ("po", "deployments.apps", "Ingress"). */
  definition(resource: string): ResourceDefinition {
    const found = RESOURCES.resolve(resource) ?? RESOURCES.byKind(resource);
    if (!found) {
      throw new DomainError('BAD_REQUEST', `the server doesn't have a resource type "${resource}"`, {
        causes: [{ field: 'resource', message: `unknown resource type "${resource}"` }],
      });
    }
    return found;
  }

  scope(sandboxId: string, storeName: string, namespace?: string): Scope {
    return { sandboxId, kind: kindFor(storeName), namespace };
  }

  async page<T>(
    sandboxId: string,
    storeName: string,
    args: ListArgs,
    map: (object: KubeObject) => T,
    fieldSelector?: string,
  ): Promise<Page<T>> {
    const definition = RESOURCES.byStoreName(storeName);
    if (!definition) throw new Error(`unknown resource ${storeName}`);
    const kind = kindOf(definition);
    const result = await this.objects.list(
      { sandboxId, kind, namespace: kind.namespaced ? args.namespace : undefined },
      {
        labelSelector: args.labelSelector,
        fieldSelector,
        limit: args.first ?? DEFAULT_PAGE,
        continueToken: args.after,
      },
    );
    return {
      nodes: result.items.map(map),
      pageInfo: { hasNextPage: result.continueToken !== undefined, endCursor: result.continueToken ?? null },
      resourceVersion: result.resourceVersion,
    };
  }

  async get(sandboxId: string, storeName: string, namespace: string | undefined, name: string): Promise<KubeObject> {
    return this.objects.get(this.scope(sandboxId, storeName, namespace), name);
  }
}
