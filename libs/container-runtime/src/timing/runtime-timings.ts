/** Profile names, as @ksb/controller-runtime's TimingProfile names them (kept as a string union here). */
export type RuntimeProfileName = 'realistic' | 'fast';

/**
 * How long the simulated container runtime takes, per timing profile. Back-offs are the kubelet's
 * constants (10 s doubling to 300 s, reset after 10 minutes of running); `fast` divides everything by 100,
 * like the rest of the fast profile.
 */
export interface RuntimeTimings {
  /** Pull bandwidth: compressed bytes per millisecond (realistic: ~50 MB/s, a 72 MB nginx in ~1.5 s). */
  pullBytesPerMs: number;
  /** Fixed cost of a pull: registry round trips (manifest, config) before the layers. */
  pullLatencyMs: number;
  /** How long containerd takes to give up on an unknown image or tag (one failed manifest request). */
  pullFailureMs: number;
  /** A pull with policy Always of an image already on the node: only the manifest is checked. */
  pullCachedMs: number;
  /** Creating and starting one container (runc create + start). */
  containerStartMs: number;
  /**
   * How long a waiting error (ErrImagePull) shows before the next pod sync reports the back-off
   * (ImagePullBackOff). Not an upstream constant: the kubelet's next sync comes from pod worker
   * requeues; one second matches what `kubectl get pods -w` typically shows.
   */
  errorResyncMs: number;
  /** kubelet's initial back-off for image pulls and crashing containers (10 s). */
  backOffInitialMs: number;
  /** kubelet's maximum back-off (300 s = 5 min). */
  backOffMaxMs: number;
  /** A container that ran this long resets its crash back-off (upstream: 2 x max back-off = 10 min). */
  backOffResetMs: number;
  /** Virtual time one non-blocking shell command costs (bounds CPU-bound loops on simulated time). */
  busyStepMs: number;
  /**
   * A CPU-bound process that used up a drive's budget is driven again this much later: interpreting its
   * loop is real CPU work, so this is a cost knob (the fast profile does not shrink it by 100).
   */
  busyRecheckMs: number;
}

export const RUNTIME_TIMINGS: Readonly<Record<RuntimeProfileName, RuntimeTimings>> = {
  realistic: {
    pullBytesPerMs: 50_000,
    pullLatencyMs: 200,
    pullFailureMs: 600,
    pullCachedMs: 400,
    containerStartMs: 300,
    errorResyncMs: 1000,
    backOffInitialMs: 10_000,
    backOffMaxMs: 300_000,
    backOffResetMs: 600_000,
    busyStepMs: 0.01,
    busyRecheckMs: 10_000,
  },
  fast: {
    pullBytesPerMs: 5_000_000,
    pullLatencyMs: 2,
    pullFailureMs: 6,
    pullCachedMs: 4,
    containerStartMs: 3,
    errorResyncMs: 10,
    backOffInitialMs: 100,
    backOffMaxMs: 3000,
    backOffResetMs: 6000,
    busyStepMs: 0.0001,
    busyRecheckMs: 1000,
  },
};

export const runtimeTimings = (profile: { name: RuntimeProfileName }): RuntimeTimings => RUNTIME_TIMINGS[profile.name];

/** How long pulling `sizeBytes` takes (whole milliseconds, as the clock ticks). */
export const pullDurationMs = (timings: RuntimeTimings, sizeBytes: number): number =>
  Math.round(timings.pullLatencyMs + sizeBytes / timings.pullBytesPerMs);

/**
 * The kubelet's back-off after `failures` consecutive failures (1 -> 10 s, 2 -> 20 s, ... capped at
 * 300 s), as flowcontrol.Backoff doubles it.
 */
export function backOffMs(timings: RuntimeTimings, failures: number): number {
  if (failures <= 0) return 0;
  const doubled = timings.backOffInitialMs * 2 ** Math.min(failures - 1, 30);
  return Math.min(doubled, timings.backOffMaxMs);
}
