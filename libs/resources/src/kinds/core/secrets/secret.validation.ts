import type { ErrorCause } from '@ksb/errors';
import { requiredValue } from '@ksb/validation';
import type { Validator } from '../../../definition/hooks';
import { record, str, type JsonRecord } from '../../../objects/read';
import { immutableErrors } from '../../shared/immutable.validation';
import { semanticEqual } from '../../shared/semantic-equal';
import { withMetadata } from '../../shared/with-metadata';
import {
  decodedLength,
  immutableDataErrors,
  keyErrors,
  sizeErrors,
  textLength,
} from '../configmaps/config-data.validation';

// ValidateSecret and ValidateSecretUpdate. stringData is merged into data before upstream validates,
// so its keys and sizes count as data here.

/** The keys each built-in secret type must carry. */
const REQUIRED_KEYS: Readonly<Record<string, readonly string[]>> = {
  'kubernetes.io/dockercfg': ['.dockercfg'],
  'kubernetes.io/dockerconfigjson': ['.dockerconfigjson'],
  'kubernetes.io/ssh-auth': ['ssh-privatekey'],
  'kubernetes.io/tls': ['tls.crt', 'tls.key'],
};

function typeErrors(secret: JsonRecord, keys: ReadonlySet<string>): ErrorCause[] {
  const type = str(secret.type);
  if (type === 'kubernetes.io/service-account-token') {
    const annotation = 'kubernetes.io/service-account.name';
    return str(record(record(secret.metadata).annotations)[annotation])
      ? []
      : [requiredValue(`metadata.annotations[${annotation}]`)];
  }
  if (type === 'kubernetes.io/basic-auth') {
    return keys.has('username') || keys.has('password')
      ? []
      : [requiredValue('data[username]'), requiredValue('data[password]')];
  }
  const required = REQUIRED_KEYS[type] ?? [];
  return required.filter((key) => !keys.has(key)).map((key) => requiredValue(`data[${key}]`));
}

export const validateSecret: Validator = withMetadata((secret, old) => {
  const data = record(secret.data);
  const stringData = record(secret.stringData);
  const merged = { ...data, ...stringData };
  const sizes = new Map<string, number>(Object.entries(data).map(([key, value]) => [key, decodedLength(value)]));
  for (const [key, value] of Object.entries(stringData)) sizes.set(key, textLength(value));
  const size = [...sizes.values()].reduce((total, bytes) => total + bytes, 0);
  const errors = [
    ...keyErrors(merged, 'data'),
    ...sizeErrors(size, 'data'),
    ...typeErrors(secret, new Set(Object.keys(merged))),
  ];
  if (!old) return errors;
  return [
    ...immutableErrors(secret.type, old.type, 'type'),
    ...immutableDataErrors(secret, old, ['data'], semanticEqual),
    ...errors,
  ];
});
