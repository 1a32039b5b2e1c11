/** Where control loops get the time: injected, so tests and simulations can move it. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };

/** Kubernetes timestamps have second precision (metav1.Time). */
export { kubeTime } from '@ksb/store';

/** metav1.MicroTime, as Events' eventTime and Leases' renewTime carry. */
export const microTime = (date: Date): string => date.toISOString().replace(/Z$/, '000Z');
