import {
  applyJsonPatch,
  applyMergePatch,
  applyStrategicMergePatch,
  type JsonValue,
  NO_PATCH_META,
  parseJsonPatch,
} from '@ksb/patches';
import type { KubeObject } from '@ksb/store';
import type { PatchType, Scope } from '../object-scope';

/** Applies a merge, JSON or strategic merge patch to the current object. */
export function applyPatchTo(scope: Scope, current: KubeObject, type: PatchType, patch: unknown): JsonValue {
  const base = current as unknown as JsonValue;
  switch (type) {
    case 'merge':
      return applyMergePatch(base, patch as JsonValue);
    case 'json':
      return applyJsonPatch(base, parseJsonPatch(patch));
    case 'strategic':
      return applyStrategicMergePatch(base, patch as JsonValue, scope.kind.patchSchema ?? NO_PATCH_META);
  }
}
