import { isDeepStrictEqual } from 'node:util';
import { controllerRefTo, controllerRefOf } from '@ksb/controller-runtime';
import type { KubeObject } from '@ksb/store';
import type { Service } from 'kubernetes-types/core/v1';
import { isHeadless } from '../endpoints/service-pods';
import { HEADLESS_LABEL } from '../endpoints/endpoints.logic';
import {
  addressTypesOf,
  endpointKey,
  type EndpointGroup,
  portKey,
  type SliceEndpoint,
  type SlicePort,
} from './slice-endpoints';

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
export const MANAGED_BY_LABEL = 'endpointslice.kubernetes.io/managed-by';
export const CONTROLLER_NAME = 'endpointslice-controller.k8s.io';
/** --max-endpoints-per-slice default. */
export const MAX_ENDPOINTS_PER_SLICE = 100;

const RESERVED_LABELS = [SERVICE_NAME_LABEL, MANAGED_BY_LABEL, HEADLESS_LABEL];

export interface SlicePlan {
  /** New slices: metadata.generateName set, no name. */
  create: KubeObject[];
  update: KubeObject[];
  delete: KubeObject[];
}

interface Slice extends KubeObject {
  addressType?: string;
  endpoints?: SliceEndpoint[] | null;
  ports?: SlicePort[] | null;
}

/** setEndpointSliceLabels: the Service's labels (reserved keys aside), headless marker, service name, manager. */
export function sliceLabels(service: Service): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [key, value] of Object.entries(service.metadata?.labels ?? {})) {
    if (!RESERVED_LABELS.includes(key)) labels[key] = value;
  }
  if (isHeadless(service)) labels[HEADLESS_LABEL] = '';
  labels[SERVICE_NAME_LABEL] = service.metadata?.name ?? '';
  labels[MANAGED_BY_LABEL] = CONTROLLER_NAME;
  return labels;
}

/** Whether the slice is the controller's, for this Service (by name; ownership is checked separately). */
export const isManagedSliceOf = (slice: KubeObject, namespace: string, name: string): boolean =>
  slice.metadata.namespace === namespace &&
  slice.metadata.labels?.[SERVICE_NAME_LABEL] === name &&
  slice.metadata.labels?.[MANAGED_BY_LABEL] === CONTROLLER_NAME;

const ownedBy = (slice: KubeObject, service: KubeObject): boolean =>
  controllerRefOf(slice)?.uid === service.metadata.uid;

/** Empty lists are null in slices, as upstream's serialized objects show them. */
const listOrNull = <T>(items: readonly T[]): T[] | null => (items.length ? [...items] : null);

function newSlice(service: KubeObject, addressType: string, ports: readonly SlicePort[]): Slice {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: {
      generateName: `${service.metadata.name ?? ''}-`,
      namespace: service.metadata.namespace,
      labels: sliceLabels(service as unknown as Service),
      ownerReferences: [{ ...controllerRefTo(service), apiVersion: 'v1', kind: 'Service' }],
    },
    addressType,
    endpoints: null,
    ports: listOrNull(ports),
  };
}

interface Working {
  slice: Slice;
  endpoints: SliceEndpoint[];
  state: 'update' | 'unchanged' | 'create';
}

/** reconcileByPortMapping: keep what is still wanted where it is, fill updated slices, then new ones. */
function reconcileGroup(
  service: KubeObject,
  group: EndpointGroup | undefined,
  existing: readonly Slice[],
  labels: Record<string, string>,
): { create: Working[]; update: Working[]; delete: Slice[] } {
  const desired = new Map((group?.endpoints ?? []).map((e) => [endpointKey(e), e]));
  const result = { create: [] as Working[], update: [] as Working[], delete: [] as Slice[] };
  const unchanged: Working[] = [];
  for (const slice of existing) {
    const current = slice.endpoints ?? [];
    const kept: SliceEndpoint[] = [];
    let changed = false;
    for (const endpoint of current) {
      const key = endpointKey(endpoint);
      const wanted = desired.get(key);
      if (!wanted) continue;
      kept.push(wanted);
      if (!isDeepStrictEqual(wanted, endpoint)) changed = true;
      desired.delete(key);
    }
    const labelsChanged = !isDeepStrictEqual(slice.metadata.labels ?? {}, labels);
    if (changed || kept.length !== current.length) {
      if (kept.length === 0) result.delete.push(slice);
      else result.update.push({ slice, endpoints: kept, state: 'update' });
    } else if (labelsChanged) {
      result.update.push({ slice, endpoints: kept, state: 'update' });
    } else {
      unchanged.push({ slice, endpoints: kept, state: 'unchanged' });
    }
  }
  const remaining = [...desired.values()];
  // Fill the slices being updated anyway, fullest first.
  for (const working of [...result.update].sort((a, b) => b.endpoints.length - a.endpoints.length)) {
    while (remaining.length && working.endpoints.length < MAX_ENDPOINTS_PER_SLICE) {
      working.endpoints.push(remaining.shift()!);
    }
  }
  while (remaining.length && group) {
    // An unchanged slice that the rest fits in is reused (the fullest such); otherwise a new slice.
    let target: Working | undefined;
    if (remaining.length < MAX_ENDPOINTS_PER_SLICE) {
      target = unchanged
        .filter((w) => w.endpoints.length + remaining.length <= MAX_ENDPOINTS_PER_SLICE)
        .sort((a, b) => b.endpoints.length - a.endpoints.length)[0];
    }
    if (target) {
      unchanged.splice(unchanged.indexOf(target), 1);
      target.state = 'update';
      result.update.push(target);
    } else {
      target = { slice: newSlice(service, group.addressType, group.ports), endpoints: [], state: 'create' };
      result.create.push(target);
    }
    while (remaining.length && target.endpoints.length < MAX_ENDPOINTS_PER_SLICE) {
      target.endpoints.push(remaining.shift()!);
    }
  }
  return result;
}

/** The placeholder a Service without endpoints keeps: no endpoints, no ports. */
const isPlaceholder = (slice: Slice, service: KubeObject, labels: Record<string, string>): boolean =>
  !slice.endpoints?.length &&
  !slice.ports?.length &&
  ownedBy(slice, service) &&
  isDeepStrictEqual(slice.metadata.labels ?? {}, labels);

/**
 * What the EndpointSlice controller writes for one Service with a selector, given the endpoint groups it
 * wants and the slices it manages for it (Reconciler.reconcile): slices of other address types or of a
 * previous incarnation of the Service go, each group is reconciled, a placeholder stands in when no
 * slice would remain, and slices about to be deleted are reused (renamed creates) rather than churned.
 */
export function planServiceSlices(
  service: KubeObject,
  groups: ReadonlyMap<string, EndpointGroup>,
  existing: readonly KubeObject[],
): SlicePlan {
  const svc = service as unknown as Service;
  const labels = sliceLabels(svc);
  const slices = [...(existing as Slice[])].sort((a, b) =>
    (a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1,
  );
  const addressTypes = addressTypesOf(svc);
  const toDelete: Slice[] = [];
  const toCreate: Working[] = [];
  const toUpdate: Working[] = [];
  for (const slice of slices) {
    if (!addressTypes.includes(slice.addressType ?? '')) toDelete.push(slice);
  }
  for (const addressType of addressTypes) {
    const ofType = slices.filter((s) => s.addressType === addressType);
    const deleted: Slice[] = [];
    const created: Working[] = [];
    const byKey = new Map<string, Slice[]>();
    for (const slice of ofType) {
      if (!ownedBy(slice, service)) {
        deleted.push(slice);
        continue;
      }
      const key = portKey(addressType, slice.ports);
      byKey.set(key, [...(byKey.get(key) ?? []), slice]);
    }
    const wanted = [...groups.entries()].filter(([, g]) => g.addressType === addressType && g.endpoints.length);
    for (const [key, group] of wanted) {
      const result = reconcileGroup(service, group, byKey.get(key) ?? [], labels);
      created.push(...result.create);
      toUpdate.push(...result.update);
      deleted.push(...result.delete);
      byKey.delete(key);
    }
    for (const stale of byKey.values()) deleted.push(...stale);
    if (deleted.length === ofType.length && created.length === 0) {
      const keep = deleted.length === 1 && isPlaceholder(deleted[0], service, labels);
      if (keep) deleted.length = 0;
      else created.push({ slice: newSlice(service, addressType, []), endpoints: [], state: 'create' });
    }
    toDelete.push(...deleted);
    toCreate.push(...created);
  }
  // finalize: a slice about to be deleted takes the place of a new one of the same address type.
  for (let i = 0; i < toDelete.length && toCreate.length;) {
    const candidate = toDelete[i];
    const last = toCreate[toCreate.length - 1];
    if (candidate.addressType === last.slice.addressType && ownedBy(candidate, service)) {
      toCreate.pop();
      toDelete.splice(i, 1);
      const { generateName: _g, ...metadata } = last.slice.metadata;
      toUpdate.push({
        slice: { ...candidate, ports: last.slice.ports, metadata: { ...candidate.metadata, ...metadata } },
        endpoints: last.endpoints,
        state: 'update',
      });
    } else {
      i++;
    }
  }
  const build = (w: Working): KubeObject => ({
    ...w.slice,
    metadata: { ...w.slice.metadata, labels },
    endpoints: listOrNull(w.endpoints),
    ports: w.slice.ports ?? null,
  });
  return { create: toCreate.map(build), update: toUpdate.map(build), delete: toDelete };
}
