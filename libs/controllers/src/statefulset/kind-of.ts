import type { KindInfo } from '@ksb/kube-objects';
import { patchSchemaFor } from '@ksb/kube-schemas';
import { RESOURCES } from '@ksb/resources';
import type { KubeObject } from '@ksb/store';

const kinds = new Map<string, KindInfo>();

/**
 * What the object verbs need from a stored kind ("pods", "persistentvolumeclaims"). A resource definition is not
 * one as is: its defaulter returns a defaulted copy where the verbs default in place, so passing the definition
 * itself would silently skip the defaults.
 */
export function kindOf(storeName: string): KindInfo {
  const known = kinds.get(storeName);
  if (known) return known;
  const definition = RESOURCES.byStoreName(storeName);
  if (!definition) throw new Error(`unknown resource ${storeName}`);
  const defaulter = definition.defaults;
  const kind: KindInfo = {
    group: definition.group,
    version: definition.version,
    kind: definition.kind,
    plural: definition.plural,
    namespaced: definition.namespaced,
    storeName: definition.storeName,
    hasStatus: 'status' in definition.subresources,
    defaults: defaulter ? (object: KubeObject) => void Object.assign(object, defaulter(object)) : undefined,
    validate: definition.validate,
    patchSchema: patchSchemaFor(definition.group, definition.version, definition.kind),
  };
  kinds.set(storeName, kind);
  return kind;
}

/** The field manager upstream's controllers write as. */
export const CONTROLLER_MANAGER = 'kube-controller-manager';
