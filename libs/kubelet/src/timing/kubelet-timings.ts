import type { TimingProfile } from '@ksb/controller-runtime';

/** How long the simulated node takes for each step of a pod's life, per timing profile. */
export interface KubeletTimings {
  /** Creating the pod sandbox and its network (the pod gets its IP). */
  sandboxCreateMs: number;
  /** Pulling an image that is not on the node (image sizes arrive with the image catalog). */
  imagePullMs: number;
  /** Creating and starting one container. */
  containerStartMs: number;
  /** A container that handles SIGTERM stops this fast (the grace period caps it). */
  containerStopMs: number;
}

export const KUBELET_TIMINGS: Readonly<Record<TimingProfile['name'], KubeletTimings>> = {
  realistic: { sandboxCreateMs: 400, imagePullMs: 1500, containerStartMs: 300, containerStopMs: 1000 },
  fast: { sandboxCreateMs: 10, imagePullMs: 30, containerStartMs: 10, containerStopMs: 20 },
};

export const kubeletTimings = (profile: TimingProfile): KubeletTimings => KUBELET_TIMINGS[profile.name];
