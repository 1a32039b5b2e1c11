import type { ContainerEvent } from '../messages/kubelet-messages';
import type { RuntimeContainerSpec, RuntimePodSpec } from '../model/container-spec';
import { newContainerState, type ContainerState } from '../model/container-state';
import type { ContainerContext } from '../lifecycle/context';
import { driveContainer, dueAt, release } from '../lifecycle/container-machine';

/** A pod's containers as the runtime tracks them (JSON-serializable, like ContainerState). */
export interface PodRuntimeState {
  initContainers: ContainerState[];
  containers: ContainerState[];
}

export type PodContext = Omit<ContainerContext, 'spec'>;

export interface PodStep {
  state: PodRuntimeState;
  events: ContainerEvent[];
  pulled: string[];
  next?: number;
}

/** A pod whose sandbox is ready at `now`: the first init container (or every app container) starts. */
export function newPodRuntime(pod: RuntimePodSpec, now: number): PodRuntimeState {
  const hasInit = pod.initContainers.length > 0;
  return {
    initContainers: pod.initContainers.map((spec, i) =>
      newContainerState(spec, { init: true, blockedByInit: i > 0, now }),
    ),
    containers: pod.containers.map((spec) => newContainerState(spec, { init: false, blockedByInit: hasInit, now })),
  };
}

/**
 * An init container lets the next one start when it completed with exit 0 (and will not run again), or,
 * for a sidecar, once it started (it keeps running, and restarting, beside the app containers).
 */
export const initCompleted = (state: ContainerState): boolean =>
  state.sidecar
    ? sidecarStartedAt(state) !== undefined
    : state.stage.kind === 'terminated' && state.termination?.exitCode === 0;

/** When a sidecar first started (its first run's start, kept through restarts). */
const sidecarStartedAt = (state: ContainerState): number | undefined =>
  state.lastTermination?.startedAt ?? state.termination?.startedAt ?? state.startedAt;

const satisfiedAt = (state: ContainerState): number =>
  (state.sidecar ? sidecarStartedAt(state) : state.termination?.finishedAt) ?? 0;

/** When every init container before app containers completed (undefined while one has not). */
function initDoneAt(inits: readonly ContainerState[]): number | undefined {
  let at = 0;
  for (const init of inits) {
    if (!initCompleted(init)) return undefined;
    at = Math.max(at, satisfiedAt(init));
  }
  return at;
}

/**
 * Drives a pod's containers up to `now`: init containers one at a time in order (each starts when the
 * previous completed, at that time), then all app containers together. App containers wait with
 * PodInitializing until then; a failing init container restarts with back-off (Init:CrashLoopBackOff in
 * the printer) unless restartPolicy is Never, which fails the pod and leaves the app containers waiting.
 */
export function drivePod(state: PodRuntimeState, pod: RuntimePodSpec, ctx: PodContext, now: number): PodStep {
  const events: ContainerEvent[] = [];
  const pulled: string[] = [];
  const onNode = new Set(ctx.imagesOnNode);
  const drive = (container: ContainerState, spec: RuntimeContainerSpec): ContainerState => {
    const step = driveContainer(container, { ...ctx, imagesOnNode: onNode, pod, spec }, now);
    events.push(...step.events);
    for (const image of step.pulled) {
      pulled.push(image);
      onNode.add(image);
    }
    return step.state;
  };
  const inits = [...state.initContainers];
  for (let i = 0; i < inits.length; i++) {
    if (i > 0 && initCompleted(inits[i - 1])) {
      inits[i] = release(inits[i], satisfiedAt(inits[i - 1]));
    }
    inits[i] = drive(inits[i], pod.initContainers[i]);
    if (!initCompleted(inits[i])) break;
  }
  const doneAt = initDoneAt(inits);
  const containers = state.containers.map((container, i) => {
    const ready = doneAt === undefined ? container : release(container, doneAt);
    return drive(ready, pod.containers[i]);
  });
  const next = [...inits, ...containers]
    .map((c) => dueAt(c))
    .filter((t): t is number => t !== undefined)
    .reduce<number | undefined>((min, t) => (min === undefined || t < min ? t : min), undefined);
  events.sort((a, b) => a.at - b.at);
  return { state: { initContainers: inits, containers }, events, pulled, ...(next !== undefined ? { next } : {}) };
}

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed';

/**
 * The pod's phase from its containers, as the kubelet's getPhase decides it: Pending while init
 * containers run or a container never ran, Failed when an init container failed for good, Running while
 * any container runs or restarts, Succeeded / Failed once all app containers ended for good.
 */
export function podPhase(state: PodRuntimeState, restartPolicy: RuntimePodSpec['restartPolicy']): PodPhase {
  const policy = restartPolicy ?? 'Always';
  const initFailed = state.initContainers.some(
    (c) => !c.sidecar && c.stage.kind === 'terminated' && (c.termination?.exitCode ?? 0) !== 0,
  );
  if (initFailed) return 'Failed';
  if (!state.initContainers.every(initCompleted)) return 'Pending';
  let waiting = 0;
  let running = 0;
  let stopped = 0;
  let succeeded = 0;
  for (const c of state.containers) {
    const kind = c.stage.kind;
    if (kind === 'running') running++;
    else if (kind === 'terminated' || kind === 'restarting') {
      stopped++;
      if (c.termination?.exitCode === 0) succeeded++;
    } else if (kind === 'crash-back-off' || c.lastTermination) stopped++;
    else waiting++;
  }
  if (waiting > 0) return 'Pending';
  if (running > 0) return 'Running';
  if (stopped === 0) return 'Pending';
  if (policy === 'Always') return 'Running';
  if (stopped === succeeded && state.containers.every((c) => c.stage.kind === 'terminated')) return 'Succeeded';
  if (policy === 'Never') return 'Failed';
  return 'Running';
}
