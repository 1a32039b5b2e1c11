import { Injectable } from '@nestjs/common';
import type { PersistentVolumeClaim, Pod as KubePod } from 'kubernetes-types/core/v1';
import {
  ControllerDeps,
  eventOp,
  involvedObjectOf,
  kubeTime,
  listObjects,
  SandboxContext,
  SandboxController,
  updateOp,
} from '@ksb/controller-runtime';
import { boundPod } from '@ksb/kube-objects';
import type { ReconcileResult } from '@ksb/reconcile';
import type { ChangeEvent, KubeObject, StoreService, WriteOp } from '@ksb/store';
import { scheduleOne } from '../schedule';
import { assume, createSnapshot } from '../snapshot';
import { ANN_SELECTED_NODE, selectNodeForClaim } from '../volumes';
import { pendingPods, queueOrder, unschedulableCondition } from './pending-pods';
import { decisionRecord } from './decision-record';
import { type SchedulingDecision, SchedulingDecisionsRepository } from './scheduling-decisions.repository';

const SCHEDULER = { component: 'default-scheduler' };
/** Pods scheduled per run, and how often a run lets other work (lock renewals, requests) in. */
const BATCH = 1000;
const YIELD_EVERY = 50;

const usesClaims = (pod: KubePod) => (pod.spec?.volumes ?? []).some((volume) => volume.persistentVolumeClaim);

/**
 * kube-scheduler for a sandbox: every pending pod, in queue order, through one scheduling cycle against a
 * snapshot that assumes the earlier decisions of the run; bindings (as pods/binding writes them) and
 * Scheduled / FailedScheduling events commit together. Unschedulable pods are retried whenever pods,
 * nodes or volumes change (the triggers). Every decision is kept for explanations.
 */
@Injectable()
export class SchedulerController extends SandboxController {
  readonly name = 'scheduler';
  readonly triggers = ['pods', 'nodes', 'persistentvolumeclaims', 'persistentvolumes'] as const;
  private readonly searchStart = new Map<string, number>();

  /** New pending pods, and pod changes that free capacity (deleted, finished); every node and volume change. */
  accepts(event: ChangeEvent): boolean {
    if (event.resource !== 'pods') return true;
    const pod = event.object as KubePod;
    const phase = pod.status?.phase;
    return event.type === 'DELETED' || !pod.spec?.nodeName || phase === 'Succeeded' || phase === 'Failed';
  }

  constructor(
    deps: ControllerDeps,
    private readonly decisions: SchedulingDecisionsRepository,
  ) {
    super(deps);
  }

  /** Only sandboxes with a pod waiting for a node. */
  protected override resyncCandidates(): Promise<string[]> {
    return this.deps.store.sandboxesWith(['pods'], { fields: { 'spec.nodeName': '' } });
  }

  protected async reconcileSandbox(ctx: SandboxContext): Promise<ReconcileResult> {
    const { store } = this.deps;
    const pods = await listObjects<KubePod & KubeObject>(store, ctx.sandboxId, 'pods');
    const queue = pendingPods(pods).sort(queueOrder) as Array<KubePod & KubeObject>;
    if (queue.length === 0) return {};
    // A bounded batch per run keeps commits and the event loop's stalls small; the rest comes next run.
    const pending = queue.slice(0, BATCH);
    const withVolumes = pending.some(usesClaims);
    const state = await this.clusterState(store, ctx.sandboxId, pods, withVolumes);
    const snapshot = createSnapshot(state);
    // Upstream's round-robin node search start carries over from cycle to cycle.
    snapshot.nextStartNodeIndex = this.searchStart.get(ctx.sandboxId) ?? 0;
    const claims = new Map(
      ((state.persistentVolumeClaims ?? []) as Array<PersistentVolumeClaim & KubeObject>).map((c) => [
        `${c.metadata.namespace}/${c.metadata.name}`,
        c,
      ]),
    );
    const now = kubeTime(ctx.now);
    const ops: WriteOp[] = [];
    const decisions: SchedulingDecision[] = [];
    for (const [i, pod] of pending.entries()) {
      if (i > 0 && i % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
      const result = scheduleOne(pod, snapshot, { random: Math.random });
      decisions.push(decisionRecord(podRefOf(pod), result));
      if (result.scheduled) {
        assume(snapshot, pod, result.node);
        ops.push(updateOp('pods', boundPod(pod, result.node, now)));
        // Claims waiting for a first consumer learn their node (the PV binder provisions there).
        for (const name of result.volumeBinding?.provisions ?? []) {
          const key = `${pod.metadata.namespace}/${name}`;
          const claim = claims.get(key);
          // Once per claim and run: a second write of the same version would fail the whole commit.
          if (!claim || claim.metadata.annotations?.[ANN_SELECTED_NODE]) continue;
          claims.delete(key);
          ops.push(updateOp('persistentvolumeclaims', selectNodeForClaim(claim, result.node) as KubeObject));
        }
        ops.push(
          this.event(pod, 'Normal', 'Scheduled', `Successfully assigned ${podRef(pod)} to ${result.node}`, ctx.now),
        );
      } else if (unschedulableCondition(pod)?.message !== result.message) {
        // Reported when the reason changes; an unchanged verdict is not news.
        ops.push(updateOp('pods', withUnschedulable(pod, result.message, now)));
        ops.push(this.event(pod, 'Warning', 'FailedScheduling', result.message, ctx.now));
      }
    }
    this.searchStart.set(ctx.sandboxId, snapshot.nextStartNodeIndex);
    if (this.searchStart.size > 10_000) this.searchStart.clear();
    // The decision log and the bindings are independent writes: one round trip of latency, not two.
    await Promise.all([
      this.decisions.saveMany(ctx.sandboxId, decisions),
      ops.length ? store.commit(ctx.sandboxId, ops) : undefined,
    ]);
    return queue.length > pending.length ? { requeueAfterMs: 0 } : {};
  }

  private async clusterState(store: StoreService, sandboxId: string, pods: KubePod[], withVolumes: boolean) {
    const list = (resource: string) => listObjects(store, sandboxId, resource);
    const [nodes, services, replicaSets, statefulSets] = await Promise.all([
      list('nodes'),
      list('services'),
      list('replicasets.apps'),
      list('statefulsets.apps'),
    ]);
    const [persistentVolumeClaims, persistentVolumes, storageClasses] = withVolumes
      ? await Promise.all([
          list('persistentvolumeclaims'),
          list('persistentvolumes'),
          list('storageclasses.storage.k8s.io'),
        ])
      : [[], [], []];
    // The scheduler's own types are structural slices of the API objects.
    return {
      nodes,
      pods,
      services,
      replicaSets,
      statefulSets,
      persistentVolumeClaims,
      persistentVolumes,
      storageClasses,
    } as unknown as Parameters<typeof createSnapshot>[0];
  }

  private event(pod: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string, now: Date): WriteOp {
    return eventOp({
      involved: involvedObjectOf(pod),
      type,
      reason,
      message,
      source: SCHEDULER,
      now,
      action: 'Binding',
    });
  }
}

const podRef = (pod: KubeObject) => `${pod.metadata.namespace}/${pod.metadata.name}`;
const podRefOf = (pod: KubeObject) => ({
  uid: pod.metadata.uid ?? '',
  namespace: pod.metadata.namespace ?? '',
  name: pod.metadata.name ?? '',
});

function withUnschedulable(pod: KubePod & KubeObject, message: string, now: string): KubeObject {
  const others = (pod.status?.conditions ?? []).filter((c) => c.type !== 'PodScheduled');
  return {
    ...pod,
    status: {
      ...pod.status,
      conditions: [
        ...others,
        {
          type: 'PodScheduled',
          status: 'False',
          reason: 'Unschedulable',
          message,
          lastProbeTime: null,
          lastTransitionTime: now,
        },
      ],
    },
  };
}
