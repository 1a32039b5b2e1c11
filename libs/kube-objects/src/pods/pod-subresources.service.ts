import { Injectable } from '@nestjs/common';
import { DomainError } from '@ksb/errors';
import { type KubeObject, kubeTime, StoreService } from '@ksb/store';
import { boundPod } from './pod-binding';
import { podGracePeriod } from './pod-grace-period';

/**
 * The pods/binding and pods/eviction subresources: how the scheduler assigns a pod to a node and how
 * drain evicts one. (PodDisruptionBudgets are not consulted yet.)
 */
@Injectable()
export class PodSubresourcesService {
  constructor(private readonly store: StoreService) {}

  /** Sets spec.nodeName once; a pod already bound stays where it is (409, as upstream). */
  async bind(sandboxId: string, namespace: string, pod: string, node: string): Promise<KubeObject> {
    if (!node) throw new DomainError('INVALID', 'Binding: target.name: Required value');
    const key = { sandboxId, resource: 'pods', namespace, name: pod };
    const now = kubeTime();
    const updated = await this.store.guaranteedUpdate(key, (current) => boundPod(current, node, now));
    return updated.object;
  }

  /** Deletes the pod as an eviction does: gracefully, with the pod's own grace period. */
  async evict(sandboxId: string, namespace: string, pod: string): Promise<void> {
    const key = { sandboxId, resource: 'pods', namespace, name: pod };
    const current = await this.store.get(key);
    await this.store.delete(
      key,
      { uid: current.uid },
      { gracePeriodSeconds: podGracePeriod(current.object, undefined) },
    );
  }
}
