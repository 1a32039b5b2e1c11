import { Injectable } from '@nestjs/common';
import type { Node, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import type { Lease } from 'kubernetes-types/coordination/v1';
import {
  ControllerDeps,
  deleteOp,
  earliest,
  eventOp,
  involvedObjectOf,
  kubeTime,
  listObjects,
  requeueAfter,
  SandboxContext,
  SandboxController,
  updateOp,
} from '@ksb/controller-runtime';
import type { ReconcileResult } from '@ksb/reconcile';
import type { ChangeEvent, KubeObject, WriteOp } from '@ksb/store';
import { NodeAgentsRepository, type NodeAgentState } from './agents/node-agents.repository';
import { withImages, renewedLease } from './heartbeat/node-heartbeat';
import { parseImage } from './images/image-reference';
import { imageSize } from './images/image-sizes';
import { NodeImageCache } from './images/node-image-cache';
import { allocatePodIps } from './network/pod-ip';
import { type ActionResult, createSandbox, killContainers, startContainers } from './stages/pod-actions';
import { type PodStage, type PodState, stageFor } from './stages/pod-stages';
import { podState, recordedEntry } from './stages/pod-state';
import { StageClock } from './stages/stage-clock';
import { stageDueAt } from './stages/stage-due';
import { kubeletTimings } from './timing/kubelet-timings';

interface DueStage {
  pod: Pod;
  stage: PodStage;
}

const internalIp = (node: Node): string =>
  node.status?.addresses?.find((address) => address.type === 'InternalIP')?.address ?? '';

/**
 * The kubelets of a sandbox's nodes: drive every pod bound to a running node through the pod stages of
 * the sandbox's timing profile, renew node leases while the sandbox is active, and finish graceful
 * deletions. Pods on a stopped node stay as they are until it is restored.
 */
@Injectable()
export class KubeletController extends SandboxController {
  readonly name = 'kubelet';
  // Claims: a pod waiting for its volumes starts when they are bound.
  readonly triggers = ['pods', 'persistentvolumeclaims'] as const;
  private readonly clock = new StageClock();
  private readonly heartbeatAt = new Map<string, number>();
  private readonly images = new NodeImageCache();

  /** Pods bound to a node (unbound ones are the scheduler's), and claims. */
  accepts(event: ChangeEvent): boolean {
    return event.resource !== 'pods' || Boolean((event.object as Pod).spec?.nodeName);
  }

  constructor(
    deps: ControllerDeps,
    private readonly agents: NodeAgentsRepository,
  ) {
    super(deps);
  }

  protected async reconcileSandbox(ctx: SandboxContext): Promise<ReconcileResult> {
    const { store } = this.deps;
    const [nodes, pods, states] = await Promise.all([
      listObjects<Node & KubeObject>(store, ctx.sandboxId, 'nodes'),
      listObjects<Pod & KubeObject>(store, ctx.sandboxId, 'pods'),
      this.agents.states(ctx.sandboxId),
    ]);
    const live = new Map(
      nodes.filter((node) => !states.get(node.metadata.name ?? '')?.stoppedAt).map((n) => [n.metadata.name ?? '', n]),
    );
    const nowMs = ctx.now.getTime();
    const timings = kubeletTimings(ctx.profile);
    const due: DueStage[] = [];
    const waits: number[] = [];
    for (const pod of pods) {
      const nodeName = pod.spec?.nodeName;
      if (!nodeName || !live.has(nodeName)) continue;
      const state = podState(pod);
      const stage = state && stageFor(state);
      if (!state || !stage) continue;
      const uid = pod.metadata?.uid ?? '';
      const entered = this.clock.get(uid, state) ?? this.entryOf(pod, state, nowMs);
      const at = stageDueAt(stage, pod, entered, timings, ctx.profile);
      if (at <= nowMs) due.push({ pod, stage });
      else waits.push(at - nowMs);
    }
    const ops = await this.act(ctx, await this.withVolumesReady(ctx.sandboxId, due), live, pods, states);
    ops.push(...(await this.heartbeats(ctx, live)));
    if (ops.length) await store.commit(ctx.sandboxId, ops);
    return requeueAfter(earliest(...waits));
  }

  /**
   * A transition this worker did not make: from its first sighting when recent (the pod's timestamps are
   * truncated to seconds), else from the pod's recorded time (after a restart or another worker's run).
   */
  private entryOf(pod: Pod, state: PodState, nowMs: number): number {
    const recorded = recordedEntry(pod, state);
    if (recorded !== undefined && nowMs - recorded > 2000) return recorded;
    return this.clock.seen(pod.metadata?.uid ?? '', state, nowMs);
  }

  /** Applies the due stages: pod writes, their events, node image lists; IPs allocated per node. */
  private async act(
    ctx: SandboxContext,
    due: readonly DueStage[],
    nodes: ReadonlyMap<string, Node & KubeObject>,
    pods: readonly Pod[],
    states: ReadonlyMap<string, NodeAgentState>,
  ): Promise<WriteOp[]> {
    const now = kubeTime(ctx.now);
    const nowMs = ctx.now.getTime();
    const timings = kubeletTimings(ctx.profile);
    const ips = await this.allocateIps(ctx.sandboxId, due, nodes, pods, states);
    const ops: WriteOp[] = [];
    for (const { pod, stage } of due) {
      const nodeName = pod.spec?.nodeName ?? '';
      const node = nodes.get(nodeName);
      if (!node) continue;
      const uid = pod.metadata?.uid ?? '';
      let result: ActionResult | undefined;
      switch (stage.action) {
        case 'createSandbox': {
          const podIP = ips.get(uid);
          if (!podIP && !pod.spec?.hostNetwork) continue; // the node's range is full: wait for a free IP
          result = createSandbox(pod, { hostIP: internalIp(node), podIP: podIP ?? '' }, now);
          break;
        }
        case 'startContainers': {
          result = startContainers(pod, this.images.present(ctx.sandboxId, node), timings.imagePullMs, now);
          break;
        }
        case 'killContainers':
          result = killContainers(pod, now);
          break;
        case 'removePod':
          ops.push(deleteOp('pods', pod as KubeObject));
          this.clock.forget(uid);
          continue;
      }
      ops.push(updateOp('pods', result.pod as KubeObject));
      for (const event of result.events) {
        ops.push(
          eventOp({
            involved: involvedObjectOf(pod as KubeObject, event.fieldPath),
            type: event.type,
            reason: event.reason,
            message: event.message,
            source: { component: 'kubelet', host: nodeName },
            now: ctx.now,
          }),
        );
      }
      for (const image of result.pulled) this.images.add(ctx.sandboxId, nodeName, image);
      const next = podState(result.pod);
      if (next) this.clock.set(uid, next, nowMs);
    }
    return ops;
  }

  /**
   * Holds back pods whose persistentVolumeClaims are not all Bound (the kubelet cannot mount them yet);
   * a claim change re-runs the loop.
   */
  private async withVolumesReady(sandboxId: string, due: readonly DueStage[]): Promise<DueStage[]> {
    const claimsOf = (pod: Pod) =>
      (pod.spec?.volumes ?? []).flatMap((v) => (v.persistentVolumeClaim ? [v.persistentVolumeClaim.claimName] : []));
    if (!due.some(({ pod, stage }) => stage.action === 'createSandbox' && claimsOf(pod).length)) return [...due];
    const claims = await listObjects<PersistentVolumeClaim & KubeObject>(
      this.deps.store,
      sandboxId,
      'persistentvolumeclaims',
    );
    const bound = new Set(
      claims.filter((c) => c.status?.phase === 'Bound').map((c) => `${c.metadata.namespace}/${c.metadata.name}`),
    );
    return due.filter(
      ({ pod, stage }) =>
        stage.action !== 'createSandbox' ||
        claimsOf(pod).every((claim) => bound.has(`${pod.metadata?.namespace}/${claim}`)),
    );
  }

  /** Pod IPs for the pods getting their sandbox now, per node from its cursor; cursors saved first. */
  private async allocateIps(
    sandboxId: string,
    due: readonly DueStage[],
    nodes: ReadonlyMap<string, Node>,
    pods: readonly Pod[],
    states: ReadonlyMap<string, NodeAgentState>,
  ): Promise<Map<string, string>> {
    const wanting = new Map<string, string[]>();
    for (const { pod, stage } of due) {
      if (stage.action !== 'createSandbox' || pod.spec?.hostNetwork) continue;
      const node = pod.spec?.nodeName ?? '';
      wanting.set(node, [...(wanting.get(node) ?? []), pod.metadata?.uid ?? '']);
    }
    const result = new Map<string, string>();
    const cursors = new Map<string, number>();
    for (const [nodeName, uids] of wanting) {
      const cidr = nodes.get(nodeName)?.spec?.podCIDR;
      if (!cidr) continue;
      const inUse = new Set(
        pods.filter((p) => p.spec?.nodeName === nodeName && p.status?.podIP).map((p) => p.status?.podIP ?? ''),
      );
      const allocation = allocatePodIps(cidr, states.get(nodeName)?.nextPodIp ?? 0, inUse, uids.length);
      allocation.ips.forEach((ip, i) => result.set(uids[i], ip));
      cursors.set(nodeName, allocation.nextOffset);
    }
    // Saved before the pods are written: a failed commit wastes addresses, never hands one out twice.
    await this.agents.saveCursors(sandboxId, cursors);
    return result;
  }

  private async heartbeats(ctx: SandboxContext, live: ReadonlyMap<string, Node>): Promise<WriteOp[]> {
    // Leases are read at most once per renew interval and sandbox (a 1,000-node sandbox has 1,000).
    const last = this.heartbeatAt.get(ctx.sandboxId) ?? 0;
    if (ctx.now.getTime() - last < ctx.profile.leaseRenewIntervalMs) return [];
    if (this.heartbeatAt.size > 10_000) this.heartbeatAt.clear();
    this.heartbeatAt.set(ctx.sandboxId, ctx.now.getTime());
    const leases = await listObjects<Lease & KubeObject>(
      this.deps.store,
      ctx.sandboxId,
      'leases.coordination.k8s.io',
      'kube-node-lease',
    );
    const ops: WriteOp[] = [];
    // The node status report: images pulled since the last one.
    for (const node of live.values()) {
      const pulled = this.images.takeUnreported(ctx.sandboxId, node);
      const updated = withImages(
        node,
        pulled.map((name) => ({ name, id: parseImage(name).id, size: imageSize(name) })),
      );
      if (updated) ops.push(updateOp('nodes', updated as KubeObject));
    }
    for (const lease of leases) {
      if (!live.has(lease.metadata.name ?? '')) continue;
      const renewed = renewedLease(lease, ctx.now, ctx.profile.leaseRenewIntervalMs);
      if (renewed) ops.push(updateOp('leases.coordination.k8s.io', renewed as KubeObject));
    }
    return ops;
  }
}
