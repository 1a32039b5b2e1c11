import { patchSchemaFor } from '@ksb/kube-schemas';
import { RESOURCES, type ResourceDefinition } from '@ksb/resources';
import type { KubeObject } from '@ksb/store';
import type { KindInfo } from './kind-info';

const kinds = new WeakMap<ResourceDefinition, KindInfo>();

/** What the object verbs need from a resource definition (computed once per definition). */
export function kindOf(definition: ResourceDefinition): KindInfo {
  let kind = kinds.get(definition);
  if (!kind) {
    const defaulter = definition.defaults;
    kind = {
      group: definition.group,
      version: definition.version,
      kind: definition.kind,
      plural: definition.plural,
      namespaced: definition.namespaced,
      storeName: definition.storeName,
      hasStatus: 'status' in definition.subresources,
      nameRule:
        definition.plural === 'namespaces' ? 'label' : definition.plural === 'services' ? 'dns1035' : 'subdomain',
      defaults: defaulter ? (object: KubeObject) => void Object.assign(object, defaulter(object)) : undefined,
      validate: definition.validate,
      patchSchema: patchSchemaFor(definition.group, definition.version, definition.kind),
    };
    kinds.set(definition, kind);
  }
  return kind;
}

/** The kind info of a resource by its store name ("pods", "replicasets.apps"), for control loops. */
export function kindFor(storeName: string): KindInfo {
  const definition = RESOURCES.byStoreName(storeName);
  if (!definition) throw new Error(`unknown resource ${storeName}`);
  return kindOf(definition);
}
