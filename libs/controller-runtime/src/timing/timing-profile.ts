/**
 * A sandbox's timing profile: how long simulated things take. `realistic` follows upstream defaults;
 * `fast` shrinks every duration (grace periods, toleration seconds, progress deadlines, node grace
 * periods) by `timeScale`, for tests and quick exercises. Kubelet stage delays are in the kubelet's data.
 */
export interface TimingProfile {
  name: 'realistic' | 'fast';
  /** Multiplies durations that objects state in seconds (terminationGracePeriodSeconds, tolerationSeconds...). */
  timeScale: number;
  /** node-monitor-grace-period: a node silent this long turns Ready=Unknown. */
  nodeMonitorGracePeriodMs: number;
  /** How often a live node renews its Lease while its sandbox is active. */
  leaseRenewIntervalMs: number;
  /** How often the node's Ready condition heartbeat is refreshed without a status change. */
  nodeStatusReportMs: number;
}

export const TIMING_PROFILES: Readonly<Record<TimingProfile['name'], TimingProfile>> = {
  realistic: {
    name: 'realistic',
    timeScale: 1,
    nodeMonitorGracePeriodMs: 40_000,
    leaseRenewIntervalMs: 10_000,
    nodeStatusReportMs: 300_000,
  },
  fast: {
    name: 'fast',
    timeScale: 0.01,
    nodeMonitorGracePeriodMs: 400,
    leaseRenewIntervalMs: 10_000,
    nodeStatusReportMs: 300_000,
  },
};

export const timingProfile = (name: string): TimingProfile =>
  name === 'fast' ? TIMING_PROFILES.fast : TIMING_PROFILES.realistic;

/** A duration an object states in seconds, in this profile's milliseconds. */
export const scaledMs = (profile: TimingProfile, seconds: number): number =>
  Math.round(seconds * 1000 * profile.timeScale);
