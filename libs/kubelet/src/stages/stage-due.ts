import type { Pod } from 'kubernetes-types/core/v1';
import { scaledMs, type TimingProfile } from '@ksb/controller-runtime';
import type { KubeletTimings } from '../timing/kubelet-timings';
import type { PodStage } from './pod-stages';
import { deletionRequestedAt } from './pod-state';

/** When a stage fires for a pod that entered the stage's state at `enteredAt` (ms). */
export function stageDueAt(
  stage: PodStage,
  pod: Pod,
  enteredAt: number,
  timings: KubeletTimings,
  profile: TimingProfile,
): number {
  const due = enteredAt + stage.delay.reduce((sum, key) => sum + timings[key], 0);
  if (!stage.capByGracePeriod) return due;
  const requested = deletionRequestedAt(pod);
  if (requested === undefined) return due;
  const grace = scaledMs(profile, pod.metadata?.deletionGracePeriodSeconds ?? 0);
  return Math.min(due, requested + grace);
}
