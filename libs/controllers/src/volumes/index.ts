// What other libraries use from the volume machinery: the scheduler's VolumeBinding checks.
export * from './pod-volume-binding';
