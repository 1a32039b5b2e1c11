import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@ksb/errors';
import { type KubeObject, type ObjectKey, StoreService, type WriteOp } from '@ksb/store';
import { invalidObject } from '../field-errors';
import type { KindInfo } from '../kind-info';
import { isAllocationRace } from './allocation/allocation-markers';
import { prepareSecret } from './secrets/secret-prepare';
import { prepareService } from './services/prepare-service';
import { AllocationError } from './services/service-allocation';
import { ServiceAllocator } from './services/service-allocator';

/** Random picks rarely collide; this bounds the retries when many writes race for the same values. */
const MAX_ATTEMPTS = 32;

const isFinishing = (object: KubeObject) =>
  Boolean(object.metadata.deletionTimestamp) && !object.metadata.finalizers?.length;

const sameSpec = (a: KubeObject, b: KubeObject) => JSON.stringify(a.spec) === JSON.stringify(b.spec);

/**
 * Per-kind admission around the store write: decode-time conversions before validation (Secret
 * stringData, Service fields the client may omit), and Service IP and node port allocation committed
 * atomically with the write, retried when a concurrent write took the same value.
 */
@Injectable()
export class AdmissionService {
  private readonly logger = new Logger(AdmissionService.name);

  constructor(
    private readonly store: StoreService,
    private readonly services: ServiceAllocator,
  ) {}

  /** Before validation. `old` is the stored object on update. */
  prepare(kind: KindInfo, object: KubeObject, old?: KubeObject): void {
    if (kind.storeName === 'secrets') prepareSecret(object);
    if (kind.storeName === 'services') {
      const errors = prepareService(object, old);
      if (errors.length) throw invalidObject(kind, object.metadata.name ?? '', errors);
    }
  }

  /** What a dry run shows: the values a write would be given, checked but not taken. */
  async dryRun(sandboxId: string, kind: KindInfo, object: KubeObject, old?: KubeObject): Promise<void> {
    if (this.allocates(kind, object, old)) await this.allocate(sandboxId, kind, object, old);
  }

  async create(sandboxId: string, kind: KindInfo, namespace: string, object: KubeObject): Promise<KubeObject> {
    const resource = kind.storeName;
    if (!this.allocates(kind, object)) return (await this.store.create(sandboxId, resource, namespace, object)).object;
    // Known before the commit, so the allocation markers can name their Service.
    object.metadata.uid ??= randomUUID();
    return this.retrying(kind, object, async () => {
      const attempt = structuredClone(object);
      const ops = await this.allocate(sandboxId, kind, attempt);
      return (await this.store.create(sandboxId, resource, namespace, attempt, ops)).object;
    });
  }

  async update(key: ObjectKey, kind: KindInfo, next: KubeObject, current: KubeObject): Promise<KubeObject> {
    if (!this.allocates(kind, next, current)) return (await this.store.update(key, next)).object;
    return this.retrying(kind, next, async () => {
      const attempt = structuredClone(next);
      const ops = isFinishing(attempt)
        ? await this.services.releaseAll(key.sandboxId, current)
        : await this.allocate(key.sandboxId, kind, attempt, current);
      return (await this.store.update(key, attempt, ops)).object;
    });
  }

  /** After a delete removed the object: gives back what it held. The delete stands whatever happens here. */
  async deleted(sandboxId: string, kind: Pick<KindInfo, 'storeName'>, object: KubeObject): Promise<void> {
    if (kind.storeName !== 'services') return;
    try {
      await this.store.commit(sandboxId, await this.services.releaseAll(sandboxId, object));
    } catch (error) {
      // A marker left behind is harmless: the next allocation of its value takes it over.
      if (!isAllocationRace(error))
        this.logger.warn(`releasing the allocations of a deleted service: ${String(error)}`);
    }
  }

  private allocates(kind: KindInfo, object: KubeObject, old?: KubeObject): boolean {
    if (kind.storeName !== 'services') return false;
    return !old || isFinishing(object) || !sameSpec(object, old);
  }

  private async allocate(sandboxId: string, kind: KindInfo, object: KubeObject, old?: KubeObject): Promise<WriteOp[]> {
    try {
      return await this.services.allocate(sandboxId, object, old);
    } catch (error) {
      if (!(error instanceof AllocationError)) throw error;
      if (error.fieldError) throw invalidObject(kind, object.metadata.name ?? '', [error.fieldError]);
      throw new Error(error.message);
    }
  }

  private async retrying(kind: KindInfo, object: KubeObject, write: () => Promise<KubeObject>): Promise<KubeObject> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await write();
      } catch (error) {
        if (!isAllocationRace(error)) throw error;
        if (attempt >= MAX_ATTEMPTS) {
          throw new DomainError(
            'CONFLICT',
            `Operation cannot be fulfilled on ${kind.storeName} "${object.metadata.name ?? ''}": ` +
              'its cluster IP or node ports were taken by concurrent writes; please try again',
          );
        }
      }
    }
  }
}
