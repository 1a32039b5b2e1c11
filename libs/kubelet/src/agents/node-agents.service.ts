import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@ksb/controller-runtime';
import { DomainError } from '@ksb/errors';
import { ReconcileService } from '@ksb/reconcile';
import { StoreService } from '@ksb/store';
import { NodeAgentsRepository } from './node-agents.repository';

export interface NodeAgentView {
  node: string;
  agent: 'Running' | 'Stopped';
  stoppedAt: string | null;
}

/** Node faults: stopping a node's agent (its heartbeats and pod handling stop) and restoring it. */
@Injectable()
export class NodeAgentsService {
  constructor(
    private readonly agents: NodeAgentsRepository,
    private readonly store: StoreService,
    private readonly reconcile: ReconcileService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async stop(sandboxId: string, node: string): Promise<NodeAgentView> {
    await this.requireNode(sandboxId, node);
    await this.agents.stop(sandboxId, node, this.clock.now());
    await this.wake(sandboxId);
    return this.view(sandboxId, node);
  }

  async restore(sandboxId: string, node: string): Promise<NodeAgentView> {
    await this.requireNode(sandboxId, node);
    await this.agents.restore(sandboxId, node);
    await this.wake(sandboxId);
    return this.view(sandboxId, node);
  }

  async view(sandboxId: string, node: string): Promise<NodeAgentView> {
    const state = (await this.agents.states(sandboxId)).get(node);
    return {
      node,
      agent: state?.stoppedAt ? 'Stopped' : 'Running',
      stoppedAt: state?.stoppedAt?.toISOString() ?? null,
    };
  }

  private async requireNode(sandboxId: string, node: string): Promise<void> {
    const found = await this.store.find({ sandboxId, resource: 'nodes', namespace: '', name: node });
    if (!found) throw new DomainError('NOT_FOUND', `node "${node}" not found`);
  }

  /** A fault changes no object: the loops that watch node health are told directly. */
  private async wake(sandboxId: string): Promise<void> {
    await Promise.all(['kubelet', 'node-lifecycle'].map((loop) => this.reconcile.queue(loop).enqueue(sandboxId)));
  }
}
