import { Injectable } from '@nestjs/common';
import { DomainError } from '@ksb/errors';
import { selectorsOf } from '@ksb/kube-objects';
import { StoreService } from '@ksb/store';
import type { Principal } from '@ksb/tenancy';
import { SandboxAccess } from '../access/sandbox-access.service';
import { EventStream } from './event-stream';
import { SubscriptionAccessMonitor } from './subscription-access.monitor';

export interface StreamRequest {
  sandboxId: string;
  /** The store's resource name ("pods"); all kinds when absent. */
  resource?: string;
  namespace?: string;
  labelSelector?: string;
  /** Resume after this revision (a resourceVersion a query or an earlier event returned); now when absent. */
  fromRevision?: string;
}

function revisionOf(given: string): number {
  const revision = Number(given);
  if (!/^\d+$/.test(given) || !Number.isSafeInteger(revision)) {
    throw new DomainError('BAD_REQUEST', `fromRevision "${given}" is not a revision (a resourceVersion number)`, {
      causes: [{ field: 'fromRevision', message: 'must be a resourceVersion returned by a query or an event' }],
    });
  }
  return revision;
}

/**
 * Opens subscription streams: access is checked when subscribing (NOT_FOUND for a sandbox the token cannot
 * see) and then by the access monitor while the stream is open. Changes come from the store's watches, which
 * every API process receives through Redis, so a subscriber gets every change whichever process it is on.
 */
@Injectable()
export class EventStreams {
  constructor(
    private readonly access: SandboxAccess,
    private readonly store: StoreService,
    private readonly monitor: SubscriptionAccessMonitor,
  ) {}

  async open(principal: Principal, request: StreamRequest): Promise<EventStream> {
    const sandbox = await this.access.read(principal, request.sandboxId);
    const { labelSelector } = selectorsOf({ labelSelector: request.labelSelector });
    const from =
      request.fromRevision === undefined || request.fromRevision === ''
        ? await this.store.currentRevision(request.sandboxId)
        : revisionOf(request.fromRevision);
    const watch = await this.store.watch(request.sandboxId, from, {
      resource: request.resource,
      namespace: request.namespace,
      labelSelector,
    });
    const lease = this.monitor.lease(principal, request.sandboxId, () => watch.close());
    return new EventStream(watch, lease, { redactSecrets: !this.access.mayReadSecrets(principal, sandbox) });
  }
}
