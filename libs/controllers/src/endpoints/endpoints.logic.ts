import { isDeepStrictEqual } from 'node:util';
import type { KubeObject } from '@ksb/store';
import type {
  EndpointAddress,
  EndpointPort,
  EndpointSubset,
  Pod,
  Service,
  ServicePort,
} from 'kubernetes-types/core/v1';
import {
  asPod,
  asService,
  findPort,
  isHeadless,
  isPodReady,
  managesEndpoints,
  podAddress,
  podsOfService,
  shouldPodBeInEndpoints,
  shouldSetHostname,
} from './service-pods';

/** v1.IsHeadlessService: the label Endpoints of headless Services carry. */
export const HEADLESS_LABEL = 'service.kubernetes.io/headless';
/** When the last change the Endpoints reflect happened; also tells the controller's Endpoints apart. */
export const TRIGGER_TIME_ANNOTATION = 'endpoints.kubernetes.io/last-change-trigger-time';
/** Leader-election records kept in Endpoints that have no Service: never cleaned up. */
const LEADER_ANNOTATION = 'control-plane.alpha.kubernetes.io/leader';

interface Member {
  address: EndpointAddress;
  ready: boolean;
}

const addressKey = (address: EndpointAddress): string => `${address.ip}/${address.targetRef?.uid ?? ''}`;
const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** LessEndpointAddress: by IP, then by the target's uid. */
const compareAddresses = (a: EndpointAddress, b: EndpointAddress): number =>
  compareStrings(a.ip, b.ip) || compareStrings(a.targetRef?.uid ?? '', b.targetRef?.uid ?? '');

const comparePorts = (a: EndpointPort, b: EndpointPort): number =>
  compareStrings(a.name ?? '', b.name ?? '') || a.port - b.port || compareStrings(a.protocol ?? '', b.protocol ?? '');

/** podToEndpointAddressForService (plus the hostname of pods in the Service's subdomain). */
function addressOf(service: Service, pod: Pod): EndpointAddress | undefined {
  const ip = podAddress(service, pod);
  if (!ip) return undefined;
  return {
    ip,
    ...(shouldSetHostname(pod, service) ? { hostname: pod.spec?.hostname } : {}),
    nodeName: pod.spec?.nodeName ?? '',
    targetRef: {
      kind: 'Pod',
      namespace: pod.metadata?.namespace ?? '',
      name: pod.metadata?.name ?? '',
      uid: pod.metadata?.uid ?? '',
    },
  };
}

const endpointPort = (servicePort: ServicePort, number: number): EndpointPort => ({
  ...(servicePort.name ? { name: servicePort.name } : {}),
  port: number,
  protocol: servicePort.protocol ?? 'TCP',
  ...(servicePort.appProtocol ? { appProtocol: servicePort.appProtocol } : {}),
});

/**
 * The subsets the endpoints controller computes for a Service: one address per selected pod (ready, or
 * not ready unless publishNotReadyAddresses), per port its targetPort resolves to in that pod, repacked
 * so addresses serving the same ports share a subset (RepackSubsets), in a stable order.
 */
export function desiredSubsets(service: Service, pods: readonly Pod[]): EndpointSubset[] {
  const spec = service.spec ?? {};
  const publishNotReady = spec.publishNotReadyAddresses === true;
  const servicePorts = spec.ports ?? [];
  // Members by port (keyed by the port's canonical JSON; '' for the port-less headless case).
  const byPort = new Map<string, { port?: EndpointPort; members: Map<string, Member> }>();
  const add = (port: EndpointPort | undefined, member: Member) => {
    const key = port ? JSON.stringify([port.name ?? '', port.port, port.protocol, port.appProtocol ?? '']) : '';
    const entry = byPort.get(key) ?? { port, members: new Map<string, Member>() };
    byPort.set(key, entry);
    const known = entry.members.get(addressKey(member.address));
    if (!known || (!known.ready && member.ready)) entry.members.set(addressKey(member.address), member);
  };
  for (const pod of pods) {
    if (!shouldPodBeInEndpoints(pod, publishNotReady)) continue;
    const address = addressOf(service, pod);
    if (!address) continue;
    const member = { address, ready: publishNotReady || isPodReady(pod) };
    if (servicePorts.length === 0) {
      // Headless Services may have no ports; others without ports get no endpoints.
      if (spec.clusterIP === 'None') add(undefined, member);
      continue;
    }
    for (const servicePort of servicePorts) {
      const number = findPort(pod, servicePort);
      if (number !== undefined) add(endpointPort(servicePort, number), member);
    }
  }
  // Ports whose address sets are identical (readiness included) share one subset.
  const groups = new Map<string, { members: Member[]; ports: EndpointPort[] }>();
  for (const { port, members } of byPort.values()) {
    const sorted = [...members.values()].sort((a, b) => compareAddresses(a.address, b.address));
    const key = JSON.stringify(sorted.map((m) => [addressKey(m.address), m.ready]));
    const group = groups.get(key) ?? { members: sorted, ports: [] };
    groups.set(key, group);
    if (port) group.ports.push(port);
  }
  const subsets = [...groups.values()].map(({ members, ports }) => {
    const ready = members.filter((m) => m.ready).map((m) => m.address);
    const notReady = members.filter((m) => !m.ready).map((m) => m.address);
    return {
      ...(ready.length ? { addresses: ready } : {}),
      ...(notReady.length ? { notReadyAddresses: notReady } : {}),
      ...(ports.length ? { ports: [...ports].sort(comparePorts) } : {}),
    };
  });
  return subsets.sort((a, b) => compareStrings(JSON.stringify(a), JSON.stringify(b)));
}

/** The Service's labels, plus service.kubernetes.io/headless for headless Services. */
export function desiredLabels(service: Service): Record<string, string> {
  const labels: Record<string, string> = { ...service.metadata?.labels };
  delete labels[HEADLESS_LABEL];
  if (isHeadless(service)) labels[HEADLESS_LABEL] = '';
  return labels;
}

const toTime = (value: string | undefined): number => (value ? Date.parse(value) : Number.NaN);

/**
 * The trigger time upstream's tracker records, made a pure function of state: the latest of the
 * Service's creation and its pods' last Ready transitions (so an unchanged cluster keeps the value).
 */
export function lastChangeTriggerTime(service: Service, pods: readonly Pod[]): string | undefined {
  const times = [
    toTime(service.metadata?.creationTimestamp),
    ...pods.map((pod) => toTime(pod.status?.conditions?.find((c) => c.type === 'Ready')?.lastTransitionTime)),
  ].filter((t) => !Number.isNaN(t));
  if (times.length === 0) return undefined;
  return new Date(Math.max(...times)).toISOString().replace(/\.000Z$/, 'Z');
}

export interface EndpointsPlan {
  create: KubeObject[];
  update: KubeObject[];
  delete: KubeObject[];
}

export interface EndpointsState {
  services: readonly KubeObject[];
  pods: readonly KubeObject[];
  endpoints: readonly KubeObject[];
  /** Namespaces being deleted: nothing is created there. */
  terminating: ReadonlySet<string>;
  /** Whether this controller wrote the Endpoints (only those are removed with their Service). */
  isManaged(endpoints: KubeObject): boolean;
}

const keyOf = (namespace: string | undefined, name: string | undefined) => `${namespace ?? ''}/${name ?? ''}`;

interface Content {
  subsets: EndpointSubset[];
  labels: Record<string, string>;
  triggerTime?: string;
}

/** Endpoints as the controller wants them, from the existing object (other annotations and fields kept). */
function withContent(base: KubeObject, { subsets, labels, triggerTime }: Content): KubeObject {
  const { subsets: _old, ...rest } = base;
  const { labels: _labels, annotations: old, ...metadata } = base.metadata;
  const annotations = { ...old };
  if (triggerTime) annotations[TRIGGER_TIME_ANNOTATION] = triggerTime;
  else delete annotations[TRIGGER_TIME_ANNOTATION];
  return {
    ...rest,
    metadata: {
      ...metadata,
      ...(Object.keys(labels).length ? { labels } : {}),
      ...(Object.keys(annotations).length ? { annotations } : {}),
    },
    ...(subsets.length ? { subsets } : {}),
  };
}

/** Endpoints the controller wrote: they carry its trigger time or its field manager. */
export function writtenByController(endpoints: KubeObject, manager: string): boolean {
  if (endpoints.metadata.annotations?.[TRIGGER_TIME_ANNOTATION] !== undefined) return true;
  const managedFields = (endpoints.metadata.managedFields as Array<{ manager?: string }> | undefined) ?? [];
  return managedFields.some((entry) => entry.manager === manager);
}

/** What the endpoints controller writes: an Endpoints per selecting Service, none for removed Services. */
export function planEndpoints(state: EndpointsState): EndpointsPlan {
  const plan: EndpointsPlan = { create: [], update: [], delete: [] };
  const pods = state.pods.map(asPod);
  const existing = new Map(state.endpoints.map((ep) => [keyOf(ep.metadata.namespace, ep.metadata.name), ep]));
  const serviceKeys = new Set<string>();
  for (const object of state.services) {
    const service = asService(object);
    const namespace = service.metadata?.namespace ?? '';
    const name = service.metadata?.name ?? '';
    serviceKeys.add(keyOf(namespace, name));
    if (!managesEndpoints(service)) continue;
    const selected = podsOfService(service, pods);
    const content: Content = {
      subsets: desiredSubsets(service, selected),
      labels: desiredLabels(service),
      triggerTime: lastChangeTriggerTime(service, selected),
    };
    const current = existing.get(keyOf(namespace, name));
    if (!current) {
      if (state.terminating.has(namespace)) continue;
      const fresh = { apiVersion: 'v1', kind: 'Endpoints', metadata: { name, namespace } };
      plan.create.push(withContent(fresh, content));
      continue;
    }
    const wanted = withContent(current, content);
    if (!isDeepStrictEqual(wanted, current)) plan.update.push(wanted);
  }
  for (const endpoints of state.endpoints) {
    const key = keyOf(endpoints.metadata.namespace, endpoints.metadata.name);
    if (serviceKeys.has(key) || endpoints.metadata.deletionTimestamp) continue;
    if (endpoints.metadata.annotations?.[LEADER_ANNOTATION] !== undefined) continue;
    if (state.isManaged(endpoints)) plan.delete.push(endpoints);
  }
  return plan;
}
