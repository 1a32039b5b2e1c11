import { type JsonObject, NO_PATCH_META, updateManagedFields } from '@ksb/patches';
import type { KubeObject } from '@ksb/store';
import { apiVersionOf } from '../kind-info';
import type { Scope, WriteOptions } from '../object-scope';

/** Records the writer in metadata.managedFields (the fields this write changed become its own). */
export function recordManager(
  scope: Scope,
  before: KubeObject | undefined,
  after: KubeObject,
  options: WriteOptions,
): void {
  const updated = updateManagedFields({
    before: before as JsonObject | undefined,
    after: after as unknown as JsonObject,
    manager: options.fieldManager ?? 'unknown',
    apiVersion: apiVersionOf(scope.kind),
    now: new Date(),
    schema: scope.kind.patchSchema ?? NO_PATCH_META,
    subresource: options.subresource,
    ignoredFields: ignoredFields(scope, options.subresource),
  });
  after.metadata = updated.metadata as KubeObject['metadata'];
}

/** The main resource does not write status when the kind has a status subresource, and vice versa. */
export function ignoredFields(scope: Scope, subresource?: string): string[][] {
  if (subresource === 'status') return [['spec'], ['metadata']];
  return scope.kind.hasStatus ? [['status']] : [];
}
