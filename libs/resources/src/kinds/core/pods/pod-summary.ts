import { at, bool, list, num, str } from '../../../objects/read';
import type { ResourceObject } from '../../../objects/resource-object';
import { humanDuration } from '../../../duration/human-duration';
import { parseTimestamp } from '../../../printing/timestamps';

// The READY, STATUS and RESTARTS cells of `kubectl get pods`, computed as printers.go's printPod does.

export interface PodSummary {
  /** "1/2": ready containers (and started restartable init containers) of all of them. */
  ready: string;
  /** Phase, or the reason a container or init container reports, or Terminating. */
  status: string;
  /** "3", or "3 (5m ago)" when the last restart time is known. */
  restarts: string;
}

/** Reason the node lifecycle controller gives pods of an unreachable node. */
const NODE_UNREACHABLE_REASON = 'NodeLost';

const hasCondition = (pod: ResourceObject, type: string): boolean =>
  list(at(pod, 'status', 'conditions')).some(
    (condition) => at(condition, 'type') === type && at(condition, 'status') === 'True',
  );

const isTerminalPhase = (phase: string): boolean => phase === 'Succeeded' || phase === 'Failed';

/** A restartable ("sidecar") init container: restartPolicy Always on the init container. */
function restartableInitContainers(pod: ResourceObject): Set<string> {
  const names = new Set<string>();
  for (const container of list(at(pod, 'spec', 'initContainers'))) {
    if (at(container, 'restartPolicy') === 'Always') names.add(str(at(container, 'name')));
  }
  return names;
}

/** Tracks the latest lastState.terminated.finishedAt; null stands for Go's zero time. */
class LastRestart {
  time: number | null = null;

  observe(status: unknown): void {
    const finished = at(status, 'lastState', 'terminated');
    if (finished === undefined || finished === null) return;
    const time = parseTimestamp(at(finished, 'finishedAt'));
    if (time !== null && (this.time === null || this.time < time)) this.time = time;
  }
}

/** A terminated container's reason, else "Signal:N" or "ExitCode:N", after the prefix ("Init:" or ""). */
function exitReason(terminated: unknown, prefix: string): string {
  const reason = str(at(terminated, 'reason'));
  if (reason) return `${prefix}${reason}`;
  const signal = num(at(terminated, 'signal'));
  return signal !== 0 ? `${prefix}Signal:${signal}` : `${prefix}ExitCode:${num(at(terminated, 'exitCode'))}`;
}

interface InitProgress {
  initializing: boolean;
  reason: string;
  restarts: number;
  sidecarRestarts: number;
  readySidecars: number;
  lastRestart: LastRestart;
  lastSidecarRestart: LastRestart;
}

/** Walks init containers in order up to the first one not done, as upstream does. */
function initProgress(pod: ResourceObject, reason: string): InitProgress {
  const sidecars = restartableInitContainers(pod);
  const initCount = list(at(pod, 'spec', 'initContainers')).length;
  const progress: InitProgress = {
    initializing: false,
    reason,
    restarts: 0,
    sidecarRestarts: 0,
    readySidecars: 0,
    lastRestart: new LastRestart(),
    lastSidecarRestart: new LastRestart(),
  };
  const statuses = list(at(pod, 'status', 'initContainerStatuses'));
  for (const [index, status] of statuses.entries()) {
    const restartCount = num(at(status, 'restartCount'));
    const sidecar = sidecars.has(str(at(status, 'name')));
    progress.restarts += restartCount;
    progress.lastRestart.observe(status);
    if (sidecar) {
      progress.sidecarRestarts += restartCount;
      progress.lastSidecarRestart.observe(status);
    }
    const terminated = at(status, 'state', 'terminated');
    const waitingReason = str(at(status, 'state', 'waiting', 'reason'));
    if (terminated !== undefined && terminated !== null && num(at(terminated, 'exitCode')) === 0) continue;
    if (sidecar && bool(at(status, 'started'))) {
      if (bool(at(status, 'ready'))) progress.readySidecars += 1;
      continue;
    }
    if (terminated !== undefined && terminated !== null) progress.reason = exitReason(terminated, 'Init:');
    else if (waitingReason !== '' && waitingReason !== 'PodInitializing') progress.reason = `Init:${waitingReason}`;
    else progress.reason = `Init:${index}/${initCount}`;
    progress.initializing = true;
    break;
  }
  return progress;
}

interface ContainerProgress {
  reason: string;
  restarts: number;
  ready: number;
  lastRestart: LastRestart;
}

/** Walks app containers from last to first, so the first container's reason wins. */
function containerProgress(pod: ResourceObject, init: InitProgress): ContainerProgress {
  const progress: ContainerProgress = {
    reason: init.reason,
    restarts: init.sidecarRestarts,
    ready: 0,
    lastRestart: init.lastSidecarRestart,
  };
  let hasRunning = false;
  const statuses = list(at(pod, 'status', 'containerStatuses'));
  for (let index = statuses.length - 1; index >= 0; index--) {
    const status = statuses[index];
    progress.restarts += num(at(status, 'restartCount'));
    progress.lastRestart.observe(status);
    const waitingReason = str(at(status, 'state', 'waiting', 'reason'));
    const terminated = at(status, 'state', 'terminated');
    const running = at(status, 'state', 'running');
    if (waitingReason !== '') progress.reason = waitingReason;
    else if (terminated !== undefined && terminated !== null) progress.reason = exitReason(terminated, '');
    else if (bool(at(status, 'ready')) && running !== undefined && running !== null) {
      hasRunning = true;
      progress.ready += 1;
    }
  }
  // A Completed container beside a running one: the pod itself is still running.
  if (progress.reason === 'Completed' && hasRunning) {
    progress.reason = hasCondition(pod, 'Ready') ? 'Running' : 'NotReady';
  }
  return progress;
}

function initialReason(pod: ResourceObject): string {
  let reason = str(at(pod, 'status', 'reason')) || str(at(pod, 'status', 'phase'));
  for (const condition of list(at(pod, 'status', 'conditions'))) {
    if (at(condition, 'type') === 'PodScheduled' && at(condition, 'reason') === 'SchedulingGated') {
      reason = 'SchedulingGated';
    }
  }
  return reason;
}

export function podSummary(pod: ResourceObject, now: Date): PodSummary {
  const phase = str(at(pod, 'status', 'phase'));
  const total = list(at(pod, 'spec', 'containers')).length + restartableInitContainers(pod).size;
  const init = initProgress(pod, initialReason(pod));

  let { reason, restarts } = init;
  let ready = init.readySidecars;
  let lastRestart = init.lastRestart;
  if (!init.initializing || hasCondition(pod, 'Initialized')) {
    const containers = containerProgress(pod, init);
    ({ reason, restarts, lastRestart } = containers);
    ready += containers.ready;
  }

  if (pod.metadata.deletionTimestamp) {
    if (str(at(pod, 'status', 'reason')) === NODE_UNREACHABLE_REASON) reason = 'Unknown';
    else if (!isTerminalPhase(phase)) reason = 'Terminating';
  }

  const restartsText =
    restarts !== 0 && lastRestart.time !== null
      ? `${restarts} (${humanDuration(now.getTime() - lastRestart.time)} ago)`
      : String(restarts);
  return { ready: `${ready}/${total}`, status: reason, restarts: restartsText };
}
