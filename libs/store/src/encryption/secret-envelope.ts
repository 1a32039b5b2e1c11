import { type Keyring, seal, type SealingKey, unseal } from '@ksb/encryption';
import type { KubeObject } from '../objects/kube-object';

/**
 * The key of the single entry that replaces a stored Secret's `data`, as the API server's aesgcm
 * transformer prefixes what it writes to etcd; the key id after it names the key that sealed the value.
 */
export const ENVELOPE_PREFIX = 'k8s:enc:aesgcm:v1:';

/** kubectl apply copies the whole manifest, data included, into this annotation. */
export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** What is sealed: every place a Secret carries its values. */
interface SealedPayload {
  data?: unknown;
  stringData?: unknown;
  lastApplied?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The body as stored: data, stringData and the last-applied annotation sealed together into one
 * envelope entry under `data`. `context` (the object's key) is bound to the ciphertext, so a sealed value
 * copied to another object does not open there. A body with nothing to seal is returned as it is.
 */
export function sealSecret(body: KubeObject, key: SealingKey, context: string): KubeObject {
  const { data, stringData, ...rest } = body;
  const annotations = rest.metadata.annotations;
  const lastApplied = annotations?.[LAST_APPLIED];
  if (data === undefined && stringData === undefined && lastApplied === undefined) return body;
  const payload: SealedPayload = { data, stringData, lastApplied };
  const sealed: KubeObject = {
    ...rest,
    data: { [ENVELOPE_PREFIX + key.id]: seal(JSON.stringify(payload), key, context) },
  };
  if (lastApplied !== undefined && annotations) {
    const { [LAST_APPLIED]: _dropped, ...others } = annotations;
    sealed.metadata = { ...rest.metadata, annotations: others };
    if (Object.keys(others).length === 0) delete sealed.metadata.annotations;
  }
  return sealed;
}

/** The key id of a sealed body, or undefined when the body is stored as it is. */
export function sealedWith(body: KubeObject): string | undefined {
  if (!isRecord(body.data)) return undefined;
  const keys = Object.keys(body.data);
  if (keys.length !== 1 || !keys[0].startsWith(ENVELOPE_PREFIX)) return undefined;
  return keys[0].slice(ENVELOPE_PREFIX.length);
}

/** The body as written, from its stored form; bodies stored unsealed pass through. */
export function openSecret(body: KubeObject, keyring: Keyring, context: string): KubeObject {
  const keyId = sealedWith(body);
  if (keyId === undefined || !isRecord(body.data)) return body;
  const key = keyring.find(keyId);
  if (!key) {
    throw new Error(
      `${context} is sealed with key id ${keyId}, which is neither ENCRYPTION_KEY nor one of ENCRYPTION_KEYS_OLD ` +
        `(configured: ${keyring.ids.join(', ') || 'none'})`,
    );
  }
  const payload = JSON.parse(unseal(String(body.data[ENVELOPE_PREFIX + keyId]), key, context)) as SealedPayload;
  const { data: _envelope, ...rest } = body;
  const opened: KubeObject = { ...rest };
  if (payload.data !== undefined) opened.data = payload.data;
  if (payload.stringData !== undefined) opened.stringData = payload.stringData;
  if (payload.lastApplied !== undefined) {
    opened.metadata = {
      ...rest.metadata,
      annotations: { ...rest.metadata.annotations, [LAST_APPLIED]: payload.lastApplied },
    };
  }
  return opened;
}
