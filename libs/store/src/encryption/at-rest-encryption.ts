import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Keyring } from '@ksb/encryption';
import type { ChangeEvent, KubeObject, StoredObject } from '../objects/kube-object';
import { openSecret, sealSecret } from './secret-envelope';

/** Resources whose values are sealed at rest (the API server's EncryptionConfiguration, fixed). */
const SEALED_RESOURCES: ReadonlySet<string> = new Set(['secrets']);

/** Warned once per process, not once per Nest application (tests build many). */
let warnedUnencrypted = false;

/**
 * Seals Secret values on their way into store_objects, store_changes and the Redis channel, and opens
 * them on every way out, so neither the database nor Redis holds them in plaintext. The sealed value is
 * bound to its sandbox and object key.
 */
@Injectable()
export class AtRestEncryption implements OnModuleInit {
  private readonly logger = new Logger(AtRestEncryption.name);

  constructor(private readonly keyring: Keyring) {}

  onModuleInit(): void {
    if (this.keyring.current || warnedUnencrypted) return;
    warnedUnencrypted = true;
    this.logger.warn('ENCRYPTION_KEY is not set: Secret data is stored unencrypted');
  }

  seal(sandboxId: string, resource: string, namespace: string, name: string, body: KubeObject): KubeObject {
    const key = this.keyring.current;
    if (!key || !SEALED_RESOURCES.has(resource)) return body;
    return sealSecret(body, key, contextOf(sandboxId, resource, namespace, name));
  }

  open(sandboxId: string, resource: string, namespace: string, name: string, body: KubeObject): KubeObject {
    if (!SEALED_RESOURCES.has(resource)) return body;
    return openSecret(body, this.keyring, contextOf(sandboxId, resource, namespace, name));
  }

  openStored(stored: StoredObject): StoredObject {
    const { sandboxId, resource, namespace, name } = stored.key;
    if (!SEALED_RESOURCES.has(resource)) return stored;
    return { ...stored, object: this.open(sandboxId, resource, namespace, name, stored.object) };
  }

  openEvent(sandboxId: string, event: ChangeEvent): ChangeEvent {
    if (!SEALED_RESOURCES.has(event.resource)) return event;
    return { ...event, object: this.open(sandboxId, event.resource, event.namespace, event.name, event.object) };
  }
}

const contextOf = (sandboxId: string, resource: string, namespace: string, name: string): string =>
  `${sandboxId}/${resource}/${namespace}/${name}`;
