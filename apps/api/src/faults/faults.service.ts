import { Injectable } from '@nestjs/common';
import { DomainError } from '@ksb/errors';
import { kindFor, ObjectsService } from '@ksb/kube-objects';
import { NodeAgentsService, type NodeAgentView } from '@ksb/kubelet';
import { SandboxesService } from '@ksb/sandboxes';
import type { Principal } from '@ksb/tenancy';

export interface KilledPod {
  namespace: string;
  name: string;
  uid: string;
  killed: boolean;
}

/**
 * Faults a lesson about self-healing needs (nodes that stop, pods that die), for the REST and GraphQL APIs
 * alike. Injecting faults is managing the sandbox: its owner's or a tenant admin's token.
 */
@Injectable()
export class FaultsService {
  constructor(
    private readonly sandboxes: SandboxesService,
    private readonly agents: NodeAgentsService,
    private readonly objects: ObjectsService,
  ) {}

  async stopNode(principal: Principal, sandboxId: string, node: string): Promise<NodeAgentView> {
    await this.sandboxes.requireManageable(principal, sandboxId);
    return this.agents.stop(sandboxId, node);
  }

  async restoreNode(principal: Principal, sandboxId: string, node: string): Promise<NodeAgentView> {
    await this.sandboxes.requireManageable(principal, sandboxId);
    return this.agents.restore(sandboxId, node);
  }

  /** The pod disappears at once (no grace period); its controller, if any, replaces it. */
  async killPod(principal: Principal, sandboxId: string, namespace: string, pod: string): Promise<KilledPod> {
    await this.sandboxes.requireManageable(principal, sandboxId);
    const scope = { sandboxId, kind: kindFor('pods'), namespace };
    const result = await this.objects.delete(scope, pod, { gracePeriodSeconds: 0 }).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') {
        throw new DomainError('NOT_FOUND', `pod "${pod}" not found in namespace "${namespace}"`);
      }
      throw error;
    });
    return { namespace, name: pod, uid: result.object.metadata.uid ?? '', killed: true };
  }
}
