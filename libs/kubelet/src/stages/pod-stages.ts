import type { KubeletTimings } from '../timing/kubelet-timings';

/**
 * Where a pod bound to a node is in its life, as the simulated kubelet sees it:
 * bound -> creating (sandbox and IP ready, containers being created) -> running; when deleted:
 * terminating (containers still up) -> stopping (killed, waiting to exit) -> removed.
 */
export type PodState = 'bound' | 'creating' | 'running' | 'terminating' | 'stopping' | 'finished';

export type StageAction = 'createSandbox' | 'startContainers' | 'killContainers' | 'removePod';

/**
 * One step of the pod lifecycle, as data (after kwok's Stage): which pods it selects (`from`), how long
 * after they entered that state it fires (the sum of `delay` timings of the sandbox's profile, capped by
 * the pod's grace period where `capByGracePeriod`), and what it does. The data plane (runtime, probes,
 * volumes) plugs in as further stages and actions.
 */
export interface PodStage {
  name: string;
  from: PodState;
  delay: readonly (keyof KubeletTimings)[];
  capByGracePeriod?: boolean;
  action: StageAction;
}

export const POD_STAGES: readonly PodStage[] = [
  { name: 'create-pod-sandbox', from: 'bound', delay: ['sandboxCreateMs'], action: 'createSandbox' },
  {
    name: 'pull-and-start-containers',
    from: 'creating',
    delay: ['imagePullMs', 'containerStartMs'],
    action: 'startContainers',
  },
  { name: 'kill-containers', from: 'terminating', delay: [], action: 'killContainers' },
  { name: 'remove-pod', from: 'stopping', delay: ['containerStopMs'], capByGracePeriod: true, action: 'removePod' },
];

export const stageFor = (state: PodState): PodStage | undefined => POD_STAGES.find((stage) => stage.from === state);
