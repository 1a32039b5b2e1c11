import type { ContainerState as K8sContainerState, ContainerStatus } from 'kubernetes-types/core/v1';
import { goDuration, KUBELET_MESSAGES as M } from '../messages/kubelet-messages';
import { formatPod, type RuntimePodSpec } from '../model/container-spec';
import type { ContainerState, Termination } from '../model/container-state';

/** RFC 3339 with second precision, as the API server stores metav1.Time. */
export const apiTime = (ms: number): string =>
  new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

const terminated = (t: Termination): K8sContainerState => ({
  terminated: {
    exitCode: t.exitCode,
    ...(t.signal !== undefined ? { signal: t.signal } : {}),
    reason: t.reason,
    ...(t.message !== undefined ? { message: t.message } : {}),
    startedAt: apiTime(t.startedAt),
    finishedAt: apiTime(t.finishedAt),
    ...(t.containerID ? { containerID: t.containerID } : {}),
  },
});

const waiting = (reason: string, message?: string): K8sContainerState => ({
  waiting: { reason, ...(message !== undefined ? { message } : {}) },
});

/** state and lastState of the status, from the stage. */
function states(state: ContainerState, pod: Pick<RuntimePodSpec, 'name' | 'namespace' | 'uid'>) {
  const last = state.lastTermination ? terminated(state.lastTermination) : {};
  const stage = state.stage;
  switch (stage.kind) {
    case 'pending-init':
      return { state: waiting('PodInitializing'), lastState: last };
    case 'starting':
    case 'pulling':
    case 'creating':
      // A retried pull keeps showing the back-off until it ends; a first start is ContainerCreating.
      return {
        state:
          state.pullFailures > 0
            ? waiting('ImagePullBackOff', M.backOffPulling(state.image))
            : waiting('ContainerCreating'),
        lastState: last,
      };
    case 'pull-failed':
      return {
        state: stage.backOffShown
          ? waiting('ImagePullBackOff', M.backOffPulling(state.image))
          : waiting('ErrImagePull', stage.error),
        lastState: last,
      };
    case 'stuck':
      return { state: waiting(stage.reason, stage.message), lastState: last };
    case 'running':
      return { state: { running: { startedAt: apiTime(stage.startedAt) } }, lastState: last };
    case 'terminated':
    case 'restarting':
      return {
        state: state.termination ? terminated(state.termination) : waiting('ContainerCreating'),
        lastState: last,
      };
    case 'crash-back-off':
      return {
        state: waiting('CrashLoopBackOff', M.crashLoopWaiting(goDuration(stage.delayMs), state.name, formatPod(pod))),
        lastState: state.termination ? terminated(state.termination) : last,
      };
    default: {
      const _never: never = stage;
      throw new Error(`unknown stage ${JSON.stringify(_never)}`);
    }
  }
}

/**
 * containerStatuses[] / initContainerStatuses[] entry. Without probes a running container is started and
 * ready (probes arrive later and will refine both).
 */
export function containerStatusOf(
  state: ContainerState,
  pod: Pick<RuntimePodSpec, 'name' | 'namespace' | 'uid'>,
): ContainerStatus {
  const running = state.stage.kind === 'running';
  // A completed init container counts as ready (what the Initialized condition reads).
  const initDone = state.init && state.stage.kind === 'terminated' && state.termination?.exitCode === 0;
  const { state: current, lastState } = states(state, pod);
  return {
    name: state.name,
    image: state.resolvedImage?.name ?? state.image,
    imageID: state.resolvedImage?.imageID ?? '',
    ...(state.containerID ? { containerID: state.containerID } : {}),
    ready: running || initDone,
    started: running,
    restartCount: state.restartCount,
    state: current,
    lastState,
  };
}
