import { Injectable } from '@nestjs/common';
import type { Node, Pod } from 'kubernetes-types/core/v1';
import {
  ControllerDeps,
  earliest,
  eventOp,
  involvedObjectOf,
  kubeTime,
  listObjects,
  requeueAfter,
  SandboxContext,
  SandboxController,
  scaledMs,
  updateOp,
} from '@ksb/controller-runtime';
import { DomainError } from '@ksb/errors';
import { kindFor, ObjectsService } from '@ksb/kube-objects';
import { NodeAgentsRepository } from '@ksb/kubelet';
import type { ReconcileResult } from '@ksb/reconcile';
import type { KubeObject, WriteOp } from '@ksb/store';
import { nodeHealth, UNREACHABLE } from './node-health';
import { taintEvictions } from './taint-eviction';

/**
 * The node lifecycle controller with its taint manager: a node whose agent stopped heartbeating turns
 * Unknown after the grace period and is tainted unreachable; its pods are marked not ready and evicted
 * once their toleration of the taint runs out (their controllers replace them elsewhere); a restored
 * node turns Ready and loses the taints.
 */
@Injectable()
export class NodeLifecycleController extends SandboxController {
  readonly name = 'node-lifecycle';
  readonly triggers = ['nodes'] as const;

  constructor(
    deps: ControllerDeps,
    private readonly agents: NodeAgentsRepository,
    private readonly objects: ObjectsService,
  ) {
    super(deps);
  }

  /** Sandboxes with a stopped node, or a node still tainted unreachable. */
  protected override async resyncCandidates(): Promise<string[]> {
    const [stopped, tainted] = await Promise.all([
      this.agents.sandboxesWithStoppedNodes(),
      this.deps.store.sandboxesWith(['nodes'], { body: { spec: { taints: [{ key: UNREACHABLE }] } } }),
    ]);
    return [...new Set([...stopped, ...tainted])];
  }

  protected async reconcileSandbox(ctx: SandboxContext): Promise<ReconcileResult> {
    const { store } = this.deps;
    const [nodes, states] = await Promise.all([
      listObjects<Node & KubeObject>(store, ctx.sandboxId, 'nodes'),
      this.agents.states(ctx.sandboxId),
    ]);
    const nowMs = ctx.now.getTime();
    const now = kubeTime(ctx.now);
    const ops: WriteOp[] = [];
    const waits: Array<number | undefined> = [];
    let pods: Array<Pod & KubeObject> | undefined;
    const podsOf = async (node: string) => {
      pods ??= await listObjects<Pod & KubeObject>(store, ctx.sandboxId, 'pods');
      return pods.filter((pod) => pod.spec?.nodeName === node);
    };
    const evictions: Pod[] = [];
    for (const node of nodes) {
      const name = node.metadata.name ?? '';
      const stoppedAt = states.get(name)?.stoppedAt?.getTime() ?? null;
      const change = nodeHealth(node, stoppedAt, nowMs, ctx.profile.nodeMonitorGracePeriodMs, now);
      let current: Node = node;
      if (change.kind === 'none') {
        if (change.checkAgainAt !== undefined) waits.push(change.checkAgainAt - nowMs);
      } else {
        current = change.node;
        ops.push(updateOp('nodes', change.node as KubeObject));
        ops.push(this.nodeEvent(node, change.kind === 'unreachable' ? 'NodeNotReady' : 'NodeReady', ctx.now));
        if (change.kind === 'unreachable') ops.push(...this.markPodsNotReady(await podsOf(name), ctx.now));
      }
      if (!(current.spec?.taints ?? []).some((taint) => taint.effect === 'NoExecute')) continue;
      const plan = taintEvictions(await podsOf(name), current.spec?.taints ?? [], nowMs, (s) =>
        scaledMs(ctx.profile, s),
      );
      evictions.push(...plan.evict);
      if (plan.nextAt !== undefined) waits.push(plan.nextAt - nowMs);
    }
    for (const pod of evictions) {
      ops.push(
        eventOp({
          involved: involvedObjectOf(pod as KubeObject),
          type: 'Normal',
          reason: 'TaintManagerEviction',
          message: `Marking for deletion Pod ${pod.metadata?.namespace}/${pod.metadata?.name}`,
          source: { component: 'taint-eviction-controller' },
          now: ctx.now,
        }),
      );
    }
    if (ops.length) await store.commit(ctx.sandboxId, ops);
    for (const pod of evictions) await this.evict(ctx.sandboxId, pod);
    return requeueAfter(earliest(...waits));
  }

  private nodeEvent(node: Node, status: 'NodeNotReady' | 'NodeReady', now: Date): WriteOp {
    const name = node.metadata?.name ?? '';
    return eventOp({
      involved: { apiVersion: 'v1', kind: 'Node', name, uid: name },
      type: 'Normal',
      reason: status,
      message: `Node ${name} status is now: ${status}`,
      source: status === 'NodeReady' ? { component: 'kubelet', host: name } : { component: 'node-controller' },
      now,
    });
  }

  /** Pods of an unreachable node are no longer Ready (services stop sending them traffic). */
  private markPodsNotReady(pods: readonly (Pod & KubeObject)[], now: Date): WriteOp[] {
    const ops: WriteOp[] = [];
    for (const pod of pods) {
      const conditions = pod.status?.conditions ?? [];
      if (!conditions.some((c) => c.type === 'Ready' && c.status === 'True')) continue;
      const updated = {
        ...pod,
        status: {
          ...pod.status,
          conditions: conditions.map((c) =>
            c.type === 'Ready' ? { ...c, status: 'False', lastTransitionTime: kubeTime(now) } : c,
          ),
        },
      };
      ops.push(updateOp('pods', updated));
      ops.push(
        eventOp({
          involved: involvedObjectOf(pod),
          type: 'Warning',
          reason: 'NodeNotReady',
          message: 'Node is not ready',
          source: { component: 'node-controller' },
          now,
        }),
      );
    }
    return ops;
  }

  private async evict(sandboxId: string, pod: Pod): Promise<void> {
    const scope = { sandboxId, kind: kindFor('pods'), namespace: pod.metadata?.namespace ?? '' };
    try {
      await this.objects.delete(scope, pod.metadata?.name ?? '', { preconditions: { uid: pod.metadata?.uid } });
    } catch (error) {
      // Gone or replaced meanwhile: nothing left to evict.
      if (!(error instanceof DomainError && (error.code === 'NOT_FOUND' || error.code === 'CONFLICT'))) throw error;
    }
  }
}
