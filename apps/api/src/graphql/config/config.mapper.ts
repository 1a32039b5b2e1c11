import { record, stringMap } from '@ksb/resources';
import type { KubeObject } from '@ksb/store';
import { metaOf, optionalText } from '../common/object-meta.type';
import type { ConfigMap, Secret } from './config.type';
import { redactSecret } from './secret-redaction';

export function toConfigMap(configMap: KubeObject): ConfigMap {
  return {
    metadata: metaOf(configMap),
    data: stringMap(configMap.data),
    binaryDataKeys: Object.keys(record(configMap.binaryData)).sort(),
    immutable: configMap.immutable === true,
    json: configMap,
  };
}

const decoded = (data: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(data).map(([key, value]) => [key, Buffer.from(value, 'base64').toString('utf8')]));

/** `mayReadValues`: whether the caller may write the sandbox (SandboxAccess.mayReadSecrets). */
export function toSecret(secret: KubeObject, mayReadValues: boolean): Secret {
  const data = stringMap(secret.data);
  return {
    metadata: metaOf(secret),
    type: optionalText(secret.type) ?? 'Opaque',
    keys: Object.keys(data).sort(),
    data: mayReadValues ? decoded(data) : null,
    immutable: secret.immutable === true,
    json: mayReadValues ? secret : redactSecret(secret),
  };
}
