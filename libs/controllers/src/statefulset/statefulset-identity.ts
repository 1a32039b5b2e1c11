import type { PersistentVolumeClaim, Volume } from 'kubernetes-types/core/v1';
import { controllerRefTo } from '@ksb/controller-runtime';
import {
  POD_INDEX_LABEL,
  POD_NAME_LABEL,
  REVISION_LABEL,
  type ClaimObject,
  type PodObject,
  type SetObject,
  type Template,
} from './statefulset-types';

// Pod and claim identities of a StatefulSet (stateful_set_utils.go): <set>-<ordinal> pods, <template>-<set>-<ordinal>
// claims, the pod-name and pod-index labels, hostname and subdomain.

const MAX_INT32 = 2 ** 31 - 1;

/** The parent set's name and the ordinal a pod name carries ("web-2" -> web, 2); ordinal -1 when none. */
export function parentAndOrdinal(name: string): { parent: string; ordinal: number } {
  const match = /^(.*)-([0-9]+)$/.exec(name);
  if (!match) return { parent: '', ordinal: -1 };
  const ordinal = Number(match[2]);
  return { parent: match[1], ordinal: ordinal <= MAX_INT32 ? ordinal : -1 };
}

export const ordinalOf = (pod: PodObject): number => parentAndOrdinal(pod.metadata.name ?? '').ordinal;

export const setName = (set: SetObject): string => set.metadata.name ?? '';

export const podNameFor = (set: SetObject, ordinal: number): string => `${setName(set)}-${ordinal}`;

export const claimNameFor = (set: SetObject, template: string, ordinal: number): string =>
  `${template}-${setName(set)}-${ordinal}`;

export const isMemberOf = (set: SetObject, pod: PodObject): boolean =>
  parentAndOrdinal(pod.metadata.name ?? '').parent === setName(set);

export const startOrdinal = (set: SetObject): number => set.spec?.ordinals?.start ?? 0;

export const replicasOf = (set: SetObject): number => set.spec?.replicas ?? 1;

/** Whether the pod's ordinal is one the set currently wants ([start, start + replicas)). */
export function inOrdinalRange(pod: PodObject, set: SetObject): boolean {
  const ordinal = ordinalOf(pod);
  return ordinal >= startOrdinal(set) && ordinal < startOrdinal(set) + replicasOf(set);
}

export const claimTemplates = (set: SetObject): PersistentVolumeClaim[] => set.spec?.volumeClaimTemplates ?? [];

export function identityMatches(set: SetObject, pod: PodObject): boolean {
  const { parent, ordinal } = parentAndOrdinal(pod.metadata.name ?? '');
  return (
    ordinal >= 0 &&
    parent === setName(set) &&
    pod.metadata.namespace === set.metadata.namespace &&
    pod.metadata.labels?.[POD_NAME_LABEL] === pod.metadata.name
  );
}

/** Whether the pod's volumes mount each claim template's claim for its ordinal. */
export function storageMatches(set: SetObject, pod: PodObject): boolean {
  const ordinal = ordinalOf(pod);
  if (ordinal < 0) return false;
  const volumes = new Map((pod.spec?.volumes ?? []).map((volume) => [volume.name, volume]));
  return claimTemplates(set).every((template) => {
    const name = template.metadata?.name ?? '';
    return volumes.get(name)?.persistentVolumeClaim?.claimName === claimNameFor(set, name, ordinal);
  });
}

/** The pod-name and pod-index labels a member carries; the copy's labels fixed (updateIdentity). */
export function withIdentity(set: SetObject, pod: PodObject): PodObject {
  const ordinal = ordinalOf(pod);
  return {
    ...pod,
    metadata: {
      ...pod.metadata,
      labels: {
        ...pod.metadata.labels,
        [POD_NAME_LABEL]: podNameFor(set, ordinal),
        [POD_INDEX_LABEL]: String(ordinal),
      },
    },
  };
}

/**
 * The claims a member needs, by template name (getPersistentVolumeClaims): each template named for the ordinal,
 * in the set's namespace, labelled with the set's matchLabels on top of its own.
 */
export function claimsFor(set: SetObject, ordinal: number): Array<{ template: string; claim: ClaimObject }> {
  const matchLabels = set.spec?.selector?.matchLabels ?? {};
  return claimTemplates(set).map((template) => {
    const copy = structuredClone(template);
    const name = copy.metadata?.name ?? '';
    const labels = copy.metadata?.labels ? { ...copy.metadata.labels, ...matchLabels } : { ...matchLabels };
    const claim: ClaimObject = {
      ...copy,
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: {
        ...copy.metadata,
        name: claimNameFor(set, name, ordinal),
        namespace: set.metadata.namespace,
        ...(Object.keys(labels).length ? { labels } : {}),
      },
    };
    return { template: name, claim };
  });
}

/** The pod's volumes with each claim template's volume first (updateStorage), replacing same-named ones. */
function volumesFor(set: SetObject, ordinal: number, current: Volume[]): Volume[] {
  const claimVolumes: Volume[] = claimsFor(set, ordinal).map(({ template, claim }) => ({
    name: template,
    persistentVolumeClaim: { claimName: claim.metadata.name ?? '' },
  }));
  const names = new Set(claimVolumes.map((volume) => volume.name));
  return [...claimVolumes, ...current.filter((volume) => !names.has(volume.name))];
}

/**
 * A new member at an ordinal from a template (newStatefulSetPod + setPodRevision): the template's labels,
 * annotations and finalizers, generateName "<set>-", the set as controller, hostname and subdomain.
 */
export function newMemberPod(set: SetObject, template: Template, ordinal: number, revision: string): PodObject {
  const name = podNameFor(set, ordinal);
  const meta = template.metadata ?? {};
  const spec = structuredClone(template.spec ?? { containers: [] });
  const volumes = volumesFor(set, ordinal, spec.volumes ?? []);
  const serviceName = set.spec?.serviceName;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      generateName: `${setName(set)}-`,
      namespace: set.metadata.namespace,
      labels: {
        ...meta.labels,
        [POD_NAME_LABEL]: name,
        [POD_INDEX_LABEL]: String(ordinal),
        [REVISION_LABEL]: revision,
      },
      ...(meta.annotations ? { annotations: { ...meta.annotations } } : {}),
      ...(meta.finalizers ? { finalizers: [...meta.finalizers] } : {}),
      ownerReferences: [controllerRefTo(set)],
    },
    spec: {
      ...spec,
      ...(volumes.length ? { volumes } : {}),
      hostname: name,
      ...(serviceName ? { subdomain: serviceName } : {}),
    },
  };
}

export const podRevision = (pod: PodObject): string => pod.metadata.labels?.[REVISION_LABEL] ?? '';
