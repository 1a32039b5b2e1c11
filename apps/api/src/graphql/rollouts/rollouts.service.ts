import { Injectable } from '@nestjs/common';
import { isControlledBy } from '@ksb/controller-runtime';
import { DomainError } from '@ksb/errors';
import { kindFor, ObjectsService } from '@ksb/kube-objects';
import type { KubeObject } from '@ksb/store';
import { rollbackTemplate } from './rollback-template';

/** Kinds with replicas (the scale subresource) and with a pod template to restart. */
export const SCALABLE = ['deployments.apps', 'replicasets.apps', 'statefulsets.apps'] as const;
export const RESTARTABLE = ['deployments.apps', 'statefulsets.apps', 'daemonsets.apps'] as const;

const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';
const MANAGER = { fieldManager: 'kube-sandbox-graphql' };

/** What `kubectl scale`, `rollout restart` and `rollout undo` do, as transport-free operations. */
@Injectable()
export class RolloutsService {
  constructor(private readonly objects: ObjectsService) {}

  scale(sandboxId: string, storeName: string, namespace: string, name: string, replicas: number): Promise<KubeObject> {
    const scope = { sandboxId, kind: kindFor(storeName), namespace };
    return this.objects.patch(scope, name, 'merge', { spec: { replicas } }, MANAGER);
  }

  /** A new restartedAt annotation on the pod template: the controller rolls every pod. */
  restart(
    sandboxId: string,
    storeName: string,
    namespace: string,
    name: string,
    now = new Date(),
  ): Promise<KubeObject> {
    const scope = { sandboxId, kind: kindFor(storeName), namespace };
    const patch = { spec: { template: { metadata: { annotations: { [RESTARTED_AT]: now.toISOString() } } } } };
    return this.objects.patch(scope, name, 'strategic', patch, MANAGER);
  }

  /** Puts back the pod template of an earlier revision (the one before the current one when toRevision is 0). */
  async rollback(sandboxId: string, namespace: string, name: string, toRevision: number): Promise<KubeObject> {
    const scope = { sandboxId, kind: kindFor('deployments.apps'), namespace };
    const deployment = await this.objects.get(scope, name);
    if (deployment.spec && (deployment.spec as { paused?: boolean }).paused) {
      throw new DomainError(
        'CONFLICT',
        `you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume deployment/${name}' and try again`,
      );
    }
    const { items } = await this.objects.list({ sandboxId, kind: kindFor('replicasets.apps'), namespace });
    const owned = items.filter((rs) => isControlledBy(rs, deployment));
    const template = rollbackTemplate(deployment, owned, toRevision);
    return this.objects.replace(
      scope,
      name,
      {
        ...deployment,
        spec: { ...(deployment.spec as object), template },
      },
      MANAGER,
    );
  }
}
