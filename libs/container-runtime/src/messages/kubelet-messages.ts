import { pullEvents } from '@ksb/image-catalog';

/**
 * The kubelet's wording for container events and waiting messages, in one place (Kubernetes 1.32+:
 * "Created container: c" gained its colon in 1.32). Image events reuse the catalog's pullEvents so the
 * wording lives in one module per concern.
 */
export const KUBELET_MESSAGES = {
  pulling: pullEvents.pulling,
  pulled: pullEvents.pulled,
  alreadyPresent: pullEvents.alreadyPresent,
  /** Failed: `Failed to pull image "x": <containerd error>` comes from the catalog's pullFailure(). */
  errorReason: (reason: string) => `Error: ${reason}`,
  backOffPulling: pullEvents.backOff,
  neverPull: pullEvents.neverPull,
  created: (container: string) => `Created container: ${container}`,
  started: (container: string) => `Started container ${container}`,
  killing: (container: string) => `Stopping container ${container}`,
  /** The BackOff event (reason BackOff, Warning). */
  backOffRestarting: (container: string, pod: string) =>
    `Back-off restarting failed container ${container} in pod ${pod}`,
  /** The CrashLoopBackOff waiting message (the error kuberuntime's doBackOff returns). */
  crashLoopWaiting: (delay: string, container: string, pod: string) =>
    `back-off ${delay} restarting failed container=${container} pod=${pod}`,
} as const;

/** Event reasons as the kubelet's events package names them. */
export type KubeletEventReason =
  | 'Pulling'
  | 'Pulled'
  | 'Failed'
  | 'BackOff'
  | 'ErrImageNeverPull'
  | 'InspectFailed'
  | 'Created'
  | 'Started'
  | 'Killing';

/** A kubelet event about one container, as data; the kubelet turns it into an Event object. */
export interface ContainerEvent {
  at: number;
  type: 'Normal' | 'Warning';
  reason: KubeletEventReason;
  message: string;
  /** involvedObject.fieldPath: spec.containers{c} or spec.initContainers{c}. */
  fieldPath: string;
}

export const fieldPathOf = (container: { name: string; init: boolean }): string =>
  `spec.${container.init ? 'initContainers' : 'containers'}{${container.name}}`;

/** A duration as Go's time.Duration prints it, which kubelet messages use: 30ms, 1.5s, 5m0s. */
export function goDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const totalSeconds = ms / 1000;
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = +(totalSeconds - minutes * 60).toFixed(3);
  return minutes > 0 ? `${minutes}m${seconds}s` : `${seconds}s`;
}
