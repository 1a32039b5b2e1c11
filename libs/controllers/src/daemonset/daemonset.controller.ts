import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import {
  CONTROLLER_MANAGER,
  controllerRefOf,
  controllerRefTo,
  ControllerDeps,
  deleteOp,
  earliest,
  type EventInput,
  eventOp,
  involvedObjectOf,
  listObjects,
  requeueAfter,
  SandboxController,
  type SandboxContext,
  scaledMs,
  updateOp,
} from '@ksb/controller-runtime';
import { DomainError } from '@ksb/errors';
import { kindFor, ObjectsService } from '@ksb/kube-objects';
import type { ReconcileResult } from '@ksb/reconcile';
import { labelSelectorFromObject, matchesLabels, type LabelSelector } from '@ksb/selectors';
import type { KubeObject, WriteOp } from '@ksb/store';
import type { DaemonSet } from 'kubernetes-types/apps/v1';
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { terminatingNamespaces } from '../endpoints/service-pods';
import { daemonPod, REVISION_HASH_LABEL } from './daemon-pods';
import { historyToDelete, planHistory } from './daemonset-history';
import {
  availableIn,
  type Clock,
  type Decisions,
  isPodReady,
  manage,
  podsByNode,
  rollingUpdate,
  statusCounts,
} from './daemonset-sync';
import { requeueIfGone } from '../endpoints/object-gone';

const DAEMON_SETS = 'daemonsets.apps';
const REVISIONS = 'controllerrevisions.apps';
const SOURCE = { component: 'daemonset-controller' };

interface Snapshot {
  pods: KubeObject[];
  nodes: Node[];
  revisions: KubeObject[];
  terminating: ReadonlySet<string>;
}

function selectorOf(ds: DaemonSet): LabelSelector | undefined {
  try {
    return labelSelectorFromObject(ds.spec?.selector ?? {});
  } catch {
    return undefined;
  }
}

/**
 * The DaemonSet controller: one pod per eligible node (created with a node-name affinity the scheduler
 * honours), ControllerRevisions as history, RollingUpdate (maxUnavailable/maxSurge) and OnDelete
 * updates, and the status `kubectl rollout status` reads.
 */
@Injectable()
export class DaemonSetController extends SandboxController {
  readonly name = 'daemonset';
  readonly triggers = [DAEMON_SETS, 'pods', 'nodes'] as const;

  constructor(
    deps: ControllerDeps,
    private readonly objects: ObjectsService,
  ) {
    super(deps);
  }

  override get resyncResources(): readonly string[] {
    return [DAEMON_SETS];
  }

  protected reconcileSandbox(context: SandboxContext): Promise<ReconcileResult> {
    return requeueIfGone(() => this.reconcileAll(context));
  }

  private async reconcileAll(context: SandboxContext): Promise<ReconcileResult> {
    const store = this.deps.store;
    // Owners first: without DaemonSets there is nothing to read further.
    const daemonSets = await listObjects(store, context.sandboxId, DAEMON_SETS);
    if (daemonSets.length === 0) return {};
    const [pods, nodes, revisions, namespaces] = await Promise.all([
      listObjects(store, context.sandboxId, 'pods'),
      listObjects(store, context.sandboxId, 'nodes'),
      listObjects(store, context.sandboxId, REVISIONS),
      listObjects(store, context.sandboxId, 'namespaces'),
    ]);
    const snapshot: Snapshot = {
      pods,
      nodes: nodes as unknown as Node[],
      revisions,
      terminating: terminatingNamespaces(namespaces),
    };
    let delay: number | undefined;
    for (const ds of daemonSets) {
      // A DaemonSet being deleted is left to the garbage collector.
      if (ds.metadata.deletionTimestamp) continue;
      delay = earliest(delay, await this.sync(context, ds, snapshot));
    }
    return requeueAfter(delay);
  }

  /** syncDaemonSet: claim, history, manage, rolling update, history cleanup, status. */
  private async sync(context: SandboxContext, object: KubeObject, snapshot: Snapshot): Promise<number | undefined> {
    const ds = object as unknown as DaemonSet;
    const selector = selectorOf(ds);
    if (!selector || selector.length === 0) return undefined;
    const matches = (labels: Record<string, string> | undefined) => matchesLabels(selector, labels);
    const namespace = object.metadata.namespace ?? '';
    // Nothing can be created in a namespace being deleted (upstream: forbidden); it is emptied anyway.
    if (snapshot.terminating.has(namespace)) return undefined;

    const history = planHistory(object, snapshot.revisions, matches);
    if (history.collision) {
      const status = { ...(object.status as object), collisionCount: (ds.status?.collisionCount ?? 0) + 1 };
      await this.deps.store.commit(context.sandboxId, [updateOp(DAEMON_SETS, { ...object, status })]);
      return 0;
    }
    const { owned, claims } = this.claimPods(object, snapshot.pods, matches);
    const revisionKind = kindFor(REVISIONS);
    await this.deps.store.commit(context.sandboxId, [
      ...claims,
      ...history.updates.map((revision) => updateOp(REVISIONS, revision)),
      ...(history.create
        ? [
            this.objects.prepareCreate(
              { sandboxId: context.sandboxId, kind: revisionKind, namespace },
              history.create,
              { fieldManager: CONTROLLER_MANAGER },
            ),
          ]
        : []),
      ...history.deletes.map((revision) => deleteOp(REVISIONS, revision)),
    ]);

    const pods = owned as unknown as Pod[];
    const clock: Clock = {
      now: context.now.getTime(),
      minReadyMs: scaledMs(context.profile, ds.spec?.minReadySeconds ?? 0),
    };
    const byNode = podsByNode(pods);
    let decisions = manage(ds, snapshot.nodes, byNode, history.hash, clock);
    if (!decisions.createOn.length && !decisions.delete.length && ds.spec?.updateStrategy?.type !== 'OnDelete') {
      decisions = rollingUpdate(ds, snapshot.nodes, byNode, history.hash, clock);
    }
    await this.apply(context, object, decisions, history.hash);

    const liveHashes = new Set(
      [...podsByNode(pods, true).values()].flat().map((pod) => pod.metadata?.labels?.[REVISION_HASH_LABEL] ?? ''),
    );
    const limit = ds.spec?.revisionHistoryLimit ?? 10;
    await this.deps.store.commit(
      context.sandboxId,
      historyToDelete(history.old, limit, liveHashes).map((revision) => deleteOp(REVISIONS, revision)),
    );

    const counts = statusCounts(ds, snapshot.nodes, byNode, history.hash, clock);
    await this.writeStatus(context.sandboxId, object, counts);
    if ((ds.spec?.minReadySeconds ?? 0) <= 0 || counts.numberReady === counts.numberAvailable) return undefined;
    return earliest(...pods.filter(isPodReady).map((pod) => availableIn(pod, clock)));
  }

  /** ClaimPods: owned pods that still match, plus matching orphans (adopted); non-matching ones released. */
  private claimPods(
    ds: KubeObject,
    pods: readonly KubeObject[],
    matches: (labels?: Record<string, string>) => boolean,
  ) {
    const owned: KubeObject[] = [];
    const claims: WriteOp[] = [];
    for (const pod of pods) {
      if (pod.metadata.namespace !== ds.metadata.namespace) continue;
      const ref = controllerRefOf(pod);
      const labelled = matches(pod.metadata.labels);
      if (ref?.uid === ds.metadata.uid) {
        if (labelled) owned.push(pod);
        else if (!pod.metadata.deletionTimestamp) {
          const { ownerReferences, ...metadata } = pod.metadata;
          const rest = (ownerReferences as Array<{ uid?: string }>).filter((r) => r.uid !== ds.metadata.uid);
          claims.push(
            updateOp('pods', { ...pod, metadata: rest.length ? { ...metadata, ownerReferences: rest } : metadata }),
          );
        }
      } else if (!ref && labelled && !pod.metadata.deletionTimestamp) {
        const adopted = {
          ...pod,
          metadata: {
            ...pod.metadata,
            ownerReferences: [...((pod.metadata.ownerReferences as object[]) ?? []), controllerRefTo(ds)],
          },
        };
        claims.push(updateOp('pods', adopted));
        owned.push(adopted);
      }
    }
    return { owned, claims };
  }

  /** syncNodes: creates (one commit, with their events) and graceful deletes through the object verbs. */
  private async apply(context: SandboxContext, ds: KubeObject, decisions: Decisions, hash: string): Promise<void> {
    const { sandboxId, now } = context;
    const namespace = ds.metadata.namespace ?? '';
    const event = (type: EventInput['type'], reason: string, message: string) =>
      eventOp({ involved: involvedObjectOf(ds), type, reason, message, source: SOURCE, now });
    const podScope = { sandboxId, kind: kindFor('pods'), namespace };
    const creates: WriteOp[] = [];
    for (const node of decisions.createOn) {
      const pod = daemonPod(ds as unknown as DaemonSet, node, hash, controllerRefTo(ds));
      const op = this.objects.prepareCreate(podScope, pod, { fieldManager: CONTROLLER_MANAGER });
      if (op.op !== 'create') continue;
      creates.push(op, event('Normal', 'SuccessfulCreate', `Created pod: ${op.object.metadata.name ?? ''}`));
    }
    await this.deps.store.commit(sandboxId, creates);
    const events: WriteOp[] = decisions.failed.map(({ pod, node }) =>
      event(
        'Warning',
        'FailedDaemonPod',
        `Found failed daemon pod ${namespace}/${pod.metadata?.name ?? ''} on node ${node}, will try to kill it`,
      ),
    );
    const deleted = new Set<string>();
    for (const pod of decisions.delete) {
      const name = pod.metadata?.name ?? '';
      if (deleted.has(name)) continue;
      deleted.add(name);
      try {
        await this.objects.delete(podScope, name, { preconditions: { uid: pod.metadata?.uid } });
        events.push(event('Normal', 'SuccessfulDelete', `Deleted pod: ${name}`));
      } catch (error) {
        if (!(error instanceof DomainError && error.code === 'NOT_FOUND')) throw error;
      }
    }
    await this.deps.store.commit(sandboxId, events);
  }

  /** storeDaemonSetStatus: written only when something changed (omitempty fields left out when zero). */
  private async writeStatus(sandboxId: string, ds: KubeObject, counts: ReturnType<typeof statusCounts>): Promise<void> {
    const current = (ds.status ?? {}) as Record<string, unknown>;
    const omitZero = (value: number) => (value ? value : undefined);
    const next: Record<string, unknown> = {
      ...current,
      currentNumberScheduled: counts.currentNumberScheduled,
      numberMisscheduled: counts.numberMisscheduled,
      desiredNumberScheduled: counts.desiredNumberScheduled,
      numberReady: counts.numberReady,
      observedGeneration: ds.metadata.generation,
      updatedNumberScheduled: omitZero(counts.updatedNumberScheduled),
      numberAvailable: omitZero(counts.numberAvailable),
      numberUnavailable: omitZero(counts.numberUnavailable),
    };
    for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
    if (isDeepStrictEqual(next, current)) return;
    await this.deps.store.commit(sandboxId, [updateOp(DAEMON_SETS, { ...ds, status: next })]);
  }
}
