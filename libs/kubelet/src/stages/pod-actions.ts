import type { Container, Pod } from 'kubernetes-types/core/v1';
import type { EventType } from '@ksb/controller-runtime';
import { defaultPullPolicy, parseImage } from '../images/image-reference';
import { imageSize } from '../images/image-sizes';
import { completedStatus, runningStatus, waitingStatus } from '../status/container-status';
import { goDuration } from '../status/go-duration';
import { conditionTrue, notReady, withConditions } from '../status/pod-conditions';

/** An event the kubelet reports about a pod (fieldPath names the container). */
export interface PodEvent {
  type: EventType;
  reason: string;
  message: string;
  fieldPath?: string;
}

export interface ActionResult {
  pod: Pod;
  events: PodEvent[];
  /** Images now on the node (for node.status.images). */
  pulled: string[];
}

const isSidecar = (container: Container): boolean => container.restartPolicy === 'Always';
const names = (containers: readonly Container[]): string[] => containers.map((c) => c.name);

/** The pod sandbox is up: the pod has its IP and its containers are being created. */
export function createSandbox(pod: Pod, network: { hostIP: string; podIP: string }, now: string): ActionResult {
  const containers = pod.spec?.containers ?? [];
  const inits = pod.spec?.initContainers ?? [];
  const waitingInit = inits.filter((c) => !isSidecar(c));
  const conditions = withConditions(
    pod,
    [
      conditionTrue('PodReadyToStartContainers'),
      waitingInit.length
        ? {
            type: 'Initialized',
            status: 'False',
            reason: 'ContainersNotInitialized',
            message: `containers with incomplete status: [${names(waitingInit).join(' ')}]`,
          }
        : conditionTrue('Initialized'),
      notReady('Ready', names(containers)),
      notReady('ContainersReady', names(containers)),
    ],
    now,
  );
  const hostNetwork = pod.spec?.hostNetwork === true;
  const podIP = hostNetwork ? network.hostIP : network.podIP;
  return {
    pod: {
      ...pod,
      status: {
        ...pod.status,
        phase: 'Pending',
        conditions,
        hostIP: network.hostIP,
        hostIPs: [{ ip: network.hostIP }],
        podIP,
        podIPs: [{ ip: podIP }],
        startTime: now,
        ...(inits.length ? { initContainerStatuses: inits.map((c) => waitingStatus(c, 'PodInitializing')) } : {}),
        containerStatuses: containers.map((c) =>
          waitingStatus(c, inits.length ? 'PodInitializing' : 'ContainerCreating'),
        ),
      },
    },
    events: [],
    pulled: [],
  };
}

/** Pull (unless present), create and start: the events the kubelet reports for one container. */
function startEvents(
  container: Container,
  fieldPath: string,
  present: ReadonlySet<string>,
  pullMs: number,
): { events: PodEvent[]; pulled?: string } {
  const image = container.image ?? '';
  const policy = container.imagePullPolicy ?? defaultPullPolicy(image);
  const reference = parseImage(image);
  const events: PodEvent[] = [];
  let pulled: string | undefined;
  if (policy !== 'Always' && present.has(reference.name)) {
    events.push({
      type: 'Normal',
      reason: 'Pulled',
      message: `Container image "${image}" already present on machine`,
      fieldPath,
    });
  } else {
    const took = goDuration(pullMs);
    events.push(
      { type: 'Normal', reason: 'Pulling', message: `Pulling image "${image}"`, fieldPath },
      {
        type: 'Normal',
        reason: 'Pulled',
        message: `Successfully pulled image "${image}" in ${took} (${took} including waiting). Image size: ${imageSize(image)} bytes.`,
        fieldPath,
      },
    );
    pulled = reference.name;
  }
  events.push(
    { type: 'Normal', reason: 'Created', message: `Created container: ${container.name}`, fieldPath },
    { type: 'Normal', reason: 'Started', message: `Started container ${container.name}`, fieldPath },
  );
  return { events, pulled };
}

/**
 * Runs the init containers in order (each completes; sidecars keep running), then starts every container:
 * the pod is Running and Ready. Probes and commands arrive with the container runtime.
 */
export function startContainers(pod: Pod, present: ReadonlySet<string>, pullMs: number, now: string): ActionResult {
  const uid = pod.metadata?.uid ?? '';
  const containers = pod.spec?.containers ?? [];
  const inits = pod.spec?.initContainers ?? [];
  const events: PodEvent[] = [];
  const pulled = new Set<string>();
  const onNode = new Set(present);
  const start = (container: Container, fieldPath: string) => {
    const result = startEvents(container, fieldPath, onNode, pullMs);
    events.push(...result.events);
    if (result.pulled) {
      pulled.add(result.pulled);
      onNode.add(result.pulled);
    }
  };
  inits.forEach((c) => start(c, `spec.initContainers{${c.name}}`));
  containers.forEach((c) => start(c, `spec.containers{${c.name}}`));
  const conditions = withConditions(
    pod,
    ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady'].map(conditionTrue),
    now,
  );
  return {
    pod: {
      ...pod,
      status: {
        ...pod.status,
        phase: 'Running',
        conditions,
        ...(inits.length
          ? {
              initContainerStatuses: inits.map((c) =>
                isSidecar(c) ? runningStatus(c, uid, now) : completedStatus(c, uid, now),
              ),
            }
          : {}),
        containerStatuses: containers.map((c) => runningStatus(c, uid, now)),
      },
    },
    events,
    pulled: [...pulled],
  };
}

/** Deletion asked: the kubelet stops the containers (they no longer count as ready). */
export function killContainers(pod: Pod, now: string): ActionResult {
  const statuses = pod.status?.containerStatuses ?? [];
  const running = statuses.filter((status) => status.state?.running);
  const containers = names(pod.spec?.containers ?? []);
  return {
    pod: {
      ...pod,
      status: {
        ...pod.status,
        conditions: withConditions(pod, [notReady('Ready', containers), notReady('ContainersReady', containers)], now),
        containerStatuses: statuses.map((status) => ({ ...status, ready: false })),
      },
    },
    events: running.map((status) => ({
      type: 'Normal' as const,
      reason: 'Killing',
      message: `Stopping container ${status.name}`,
      fieldPath: `spec.containers{${status.name}}`,
    })),
    pulled: [],
  };
}
