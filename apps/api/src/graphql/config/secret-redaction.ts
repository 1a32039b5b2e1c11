import { LAST_APPLIED_ANNOTATION } from '@ksb/patches';
import type { KubeObject } from '@ksb/store';

/** The only kind whose values are hidden from read-only tokens (matched by kind alone: better hide too much). */
const isSecret = (object: KubeObject): boolean => object.kind === 'Secret';

/**
 * A Secret as a token that may not read its values sees it: without `data` and `stringData`, and without
 * kubectl's last-applied annotation (a client-side apply copies the whole manifest, values included, into
 * it). Keys stay visible through the managed fields, as `kubectl describe` shows them. Any other object is
 * returned as it is; the given object is never changed.
 */
export function redactSecret(object: KubeObject): KubeObject {
  if (!isSecret(object)) return object;
  const { data: _data, stringData: _stringData, ...rest } = object;
  const annotations = object.metadata.annotations;
  if (!annotations || !(LAST_APPLIED_ANNOTATION in annotations)) return rest;
  const { [LAST_APPLIED_ANNOTATION]: _applied, ...kept } = annotations;
  return { ...rest, metadata: { ...object.metadata, annotations: kept } };
}
