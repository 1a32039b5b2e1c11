import type { KubeStatus } from './kube-status';

/** Thrown where a handler knows the exact Status to answer (details, upstream wording). */
export class KubeStatusException extends Error {
  constructor(
    readonly status: KubeStatus,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(status.message);
    this.name = 'KubeStatusException';
  }
}
