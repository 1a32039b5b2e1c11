import type { ResourceUsage, ServedPort } from '@ksb/image-catalog';

export type RestartPolicy = 'Always' | 'OnFailure' | 'Never';
export type PullPolicy = 'Always' | 'IfNotPresent' | 'Never';

/** Why a container waits, as containerStatuses[].state.waiting.reason says it. */
export type WaitingReason =
  | 'ContainerCreating'
  | 'PodInitializing'
  | 'ErrImagePull'
  | 'ImagePullBackOff'
  | 'ErrImageNeverPull'
  | 'InvalidImageName'
  | 'CrashLoopBackOff'
  | 'CreateContainerConfigError';

export type TerminatedReason = 'Completed' | 'Error' | 'OOMKilled' | 'StartError';

/** A finished run of the container (state.terminated / lastState.terminated). Times are epoch ms. */
export interface Termination {
  reason: TerminatedReason;
  exitCode: number;
  /** The signal that ended it (9 for OOM kills and SIGKILL), when one did. */
  signal?: number;
  message?: string;
  startedAt: number;
  finishedAt: number;
  containerID: string;
}

/**
 * Where one container is, as data (kwok-style: every stage knows when it ends, so the caller only needs
 * the earliest `until` to schedule the next drive). Everything is JSON-serializable; the running process
 * itself lives in a ProcessTable and is rebuilt by replay when missing (see process/runner.ts).
 */
export type ContainerStage =
  /** An app container while init containers have not all completed. */
  | { kind: 'pending-init' }
  /** About to start: the pull decision is taken at `at` (the next drive at or after it). */
  | { kind: 'starting'; at: number }
  /**
   * Pulling the image (or checking it with policy Always); shows ContainerCreating. The outcome is
   * decided when the pull starts (the catalog is static), kept here so the drive that ends it needs no
   * second lookup.
   */
  | {
      kind: 'pulling';
      since: number;
      until: number;
      outcome: { kind: 'pulled'; name: string; sizeBytes: number } | { kind: 'failed'; error: string; event: string };
    }
  /** The pull failed at `failedAt`: ErrImagePull, then ImagePullBackOff from `backOffFrom` until `retryAt`. */
  | {
      kind: 'pull-failed';
      failedAt: number;
      backOffFrom: number;
      retryAt: number;
      error: string;
      backOffShown: boolean;
    }
  /** A waiting state the runtime cannot leave by itself (ErrImageNeverPull, InvalidImageName, config errors). */
  | { kind: 'stuck'; reason: 'ErrImageNeverPull' | 'InvalidImageName' | 'CreateContainerConfigError'; message: string }
  /** Creating and starting the container (runc). */
  | { kind: 'creating'; until: number }
  | { kind: 'running'; startedAt: number }
  /** Ended and not restarted (restartPolicy says so, or the pod is stopping). */
  | { kind: 'terminated' }
  /**
   * Ended, to be restarted: shows terminated until the kubelet's next sync (`until`), which restarts it
   * at once (the first crash) or enters the back-off of `delayMs`.
   */
  | { kind: 'restarting'; until: number; delayMs: number }
  /** Waiting for its crash back-off (CrashLoopBackOff) before the restart at `until`. */
  | { kind: 'crash-back-off'; until: number; delayMs: number };

/** What a running (or last) process showed: its servers and usage (for the network and metrics). */
export interface ProcessFacts {
  /** Virtual time the process has been driven up to. */
  drivenTo: number;
  /** When it sleeps, the time it wakes; absent when it waits forever (a server, `sleep infinity`). */
  wakeAt?: number;
  listening: readonly ServedPort[];
  usage: ResourceUsage;
  /** CPU-bound: ran shell commands without blocking during the last drive. */
  busy: boolean;
}

export interface ContainerState {
  name: string;
  /** The image as written in the pod spec (events and status.image quote it). */
  image: string;
  init: boolean;
  /** An init container with restartPolicy Always (a sidecar): runs alongside the app, always restarted. */
  sidecar?: boolean;
  stage: ContainerStage;
  /** The latest run's termination (state.terminated when stage is terminated or crash-back-off). */
  termination?: Termination;
  /** The run before the current one (lastState.terminated). */
  lastTermination?: Termination;
  restartCount: number;
  /** Consecutive pull failures (image pull back-off). */
  pullFailures: number;
  /** Consecutive crashes counted for CrashLoopBackOff (reset after a long enough run). */
  crashCount: number;
  /** Once resolved: containerStatuses[].image and imageID. */
  resolvedImage?: { name: string; imageID: string };
  containerID?: string;
  /** Epoch ms the current run started (state.running.startedAt). */
  startedAt?: number;
  process?: ProcessFacts;
}

/** A fresh container: app containers of a pod with init containers wait with PodInitializing. */
export function newContainerState(
  spec: { name: string; image: string; restartPolicy?: 'Always' },
  options: { init: boolean; blockedByInit: boolean; now: number },
): ContainerState {
  return {
    name: spec.name,
    image: spec.image,
    init: options.init,
    ...(options.init && spec.restartPolicy === 'Always' ? { sidecar: true } : {}),
    stage: options.blockedByInit ? { kind: 'pending-init' } : { kind: 'starting', at: options.now },
    restartCount: 0,
    pullFailures: 0,
    crashCount: 0,
  };
}
