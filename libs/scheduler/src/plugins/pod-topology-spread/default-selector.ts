import { matchesLabels } from '@ksb/selectors';
import type { MapSelectingObject, Pod, SelectorSelectingObject } from '../../types';
import { podSelectorFromObject, requirementsFromSet, type PodSelector } from './pod-selector';

/**
 * The objects helper.DefaultSelector looks at. A kind left undefined was not provided by the caller: a pod
 * controlled by such a workload is then matched with its siblings through the controller's uid instead of the
 * workload's selector (the same pods in practice, and right for StatefulSet pods whose labels are unique).
 */
export interface Workloads {
  services?: readonly MapSelectingObject[];
  replicationControllers?: readonly MapSelectingObject[];
  replicaSets?: readonly SelectorSelectingObject[];
  statefulSets?: readonly SelectorSelectingObject[];
}

export interface WorkloadIndex {
  servicesByNamespace: ReadonlyMap<string, readonly MapSelectingObject[]>;
  /** ReplicationControllers, keyed "Kind/namespace/name". */
  mapOwners: ReadonlyMap<string, MapSelectingObject>;
  /** ReplicaSets and StatefulSets, keyed "Kind/namespace/name". */
  selectorOwners: ReadonlyMap<string, SelectorSelectingObject>;
  provided: ReadonlySet<string>;
}

// The owner kinds DefaultSelector knows, with the group/version it compares.
const OWNER_API_VERSIONS: Readonly<Record<string, string>> = {
  ReplicationController: 'v1',
  ReplicaSet: 'apps/v1',
  StatefulSet: 'apps/v1',
};

const ownerKey = (kind: string, namespace: string, name: string) => `${kind}/${namespace}/${name}`;

export function indexWorkloads(workloads: Workloads): WorkloadIndex {
  const servicesByNamespace = new Map<string, MapSelectingObject[]>();
  for (const service of workloads.services ?? []) {
    const namespace = service.metadata?.namespace ?? '';
    servicesByNamespace.set(namespace, [...(servicesByNamespace.get(namespace) ?? []), service]);
  }
  const provided = new Set<string>();
  const keyed = <T extends MapSelectingObject | SelectorSelectingObject>(kind: string, objects?: readonly T[]) => {
    if (objects !== undefined) provided.add(kind);
    return (objects ?? []).map(
      (o) => [ownerKey(kind, o.metadata?.namespace ?? '', o.metadata?.name ?? ''), o] as const,
    );
  };
  const mapOwners = new Map(keyed('ReplicationController', workloads.replicationControllers));
  const selectorOwners = new Map([
    ...keyed('ReplicaSet', workloads.replicaSets),
    ...keyed('StatefulSet', workloads.statefulSets),
  ]);
  return { servicesByNamespace, mapOwners, selectorOwners, provided };
}

/**
 * helper.DefaultSelector: the labels of every Service selecting the pod, plus the selector of the
 * ReplicationController, ReplicaSet or StatefulSet controlling it. Other owners (Jobs, DaemonSets) add nothing.
 */
export function defaultSelector(pod: Pod, index: WorkloadIndex): PodSelector {
  const namespace = pod.metadata?.namespace ?? '';
  const labels = pod.metadata?.labels ?? {};
  let labelSet: Record<string, string> = {};
  for (const service of index.servicesByNamespace.get(namespace) ?? []) {
    const selector = service.spec?.selector;
    if (selector === undefined) continue;
    if (matchesLabels(requirementsFromSet(selector), labels)) labelSet = { ...labelSet, ...selector };
  }
  const selector: PodSelector = { requirements: requirementsFromSet(labelSet) };
  const owner = (pod.metadata?.ownerReferences ?? []).find((ref) => ref.controller === true);
  const kind = owner?.kind ?? '';
  const apiVersion = Object.hasOwn(OWNER_API_VERSIONS, kind) ? OWNER_API_VERSIONS[kind] : undefined;
  if (owner === undefined || apiVersion === undefined || owner.apiVersion !== apiVersion) return selector;
  if (!index.provided.has(kind)) {
    return owner.uid === undefined ? selector : { ...selector, controllerUid: owner.uid };
  }
  const key = ownerKey(kind, namespace, owner.name ?? '');
  const controller = index.mapOwners.get(key);
  if (controller !== undefined) {
    return { requirements: requirementsFromSet({ ...labelSet, ...controller.spec?.selector }) };
  }
  const workload = index.selectorOwners.get(key);
  if (workload === undefined) return selector;
  // selector.Add(requirements...) of the workload's selector; Nothing (no selector) adds no requirements.
  const own = podSelectorFromObject(workload.spec?.selector);
  return { requirements: [...(selector.requirements ?? []), ...(own.requirements ?? [])] };
}
