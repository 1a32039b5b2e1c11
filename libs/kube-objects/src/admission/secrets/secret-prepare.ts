import { DomainError } from '@ksb/errors';
import type { KubeObject } from '@ksb/store';
import { base64ErrorOffset } from './go-base64';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** How encoding/json names a JSON value it cannot store. */
const jsonType = (value: unknown): string =>
  Array.isArray(value)
    ? 'array'
    : typeof value === 'boolean'
      ? 'bool'
      : typeof value === 'object'
        ? 'object'
        : typeof value;

const cannotDecode = (detail: string) =>
  new DomainError('BAD_REQUEST', `Secret in version "v1" cannot be handled as a Secret: ${detail}`);

const wrongType = (value: unknown, field: string, goType: string) =>
  cannotDecode(`json: cannot unmarshal ${jsonType(value)} into Go struct field Secret.${field} of type ${goType}`);

/**
 * What decoding a v1 Secret does in the API server: `data` values must be base64 (they are bytes), and
 * `stringData` is merged into `data` (its values base64-encoded, winning over data keys of the same
 * name) and dropped, so it is never stored or returned.
 */
export function prepareSecret(secret: KubeObject): void {
  if (isRecord(secret.data)) {
    for (const value of Object.values(secret.data)) {
      if (value === null) continue;
      if (typeof value !== 'string') throw wrongType(value, 'data', '[]uint8');
      const offset = base64ErrorOffset(value);
      if (offset !== undefined) throw cannotDecode(`illegal base64 data at input byte ${offset}`);
    }
  }
  const stringData = secret.stringData;
  delete secret.stringData;
  if (stringData === undefined || stringData === null) return;
  if (!isRecord(stringData)) throw wrongType(stringData, 'stringData', 'map[string]string');
  const data = isRecord(secret.data) ? secret.data : {};
  for (const [key, value] of Object.entries(stringData)) {
    if (typeof value !== 'string') throw wrongType(value, 'stringData', 'string');
    data[key] = Buffer.from(value, 'utf8').toString('base64');
  }
  secret.data = data;
}
