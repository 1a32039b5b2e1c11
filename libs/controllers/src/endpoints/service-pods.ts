import type { LabelSelector } from '@ksb/selectors';
import type { KubeObject, StoreService } from '@ksb/store';
import type { Pod, Service, ServicePort } from 'kubernetes-types/core/v1';

// What the Endpoints and EndpointSlice controllers share about Services and the pods they select
// (upstream pkg/controller/util/endpoint and endpointslice/util).

export const asPod = (object: KubeObject): Pod => object as unknown as Pod;
export const asService = (object: KubeObject): Service => object as unknown as Service;

/** A selector-less Service (absent or empty map) gets no endpoints from the controllers. */
export function selectorOf(service: Service): Record<string, string> | undefined {
  const selector = service.spec?.selector;
  return selector && Object.keys(selector).length > 0 ? selector : undefined;
}

/** Whether the controllers manage this Service's endpoints: it has a selector and is not ExternalName. */
export const managesEndpoints = (service: Service): boolean =>
  service.spec?.type !== 'ExternalName' && selectorOf(service) !== undefined;

export function selects(selector: Record<string, string>, pod: Pod): boolean {
  const labels = pod.metadata?.labels ?? {};
  return Object.entries(selector).every(([key, value]) => Object.hasOwn(labels, key) && labels[key] === value);
}

/** The pods of the Service's namespace its selector matches. */
export function podsOfService(service: Service, pods: readonly Pod[]): Pod[] {
  const selector = selectorOf(service);
  if (!selector) return [];
  const namespace = service.metadata?.namespace;
  return pods.filter((pod) => pod.metadata?.namespace === namespace && selects(selector, pod));
}

/** helper.IsServiceIPSet negated: clusterIP None (or unset) makes a headless Service. */
export const isHeadless = (service: Service): boolean => {
  const ip = service.spec?.clusterIP;
  return ip === undefined || ip === '' || ip === 'None';
};

export const isPodReady = (pod: Pod): boolean =>
  (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');

const isTerminal = (pod: Pod): boolean => pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';

/**
 * ShouldPodBeInEndpoints: not terminal, has an IP, and (unless terminating pods are wanted) not being
 * deleted.
 */
export function shouldPodBeInEndpoints(pod: Pod, includeTerminating: boolean): boolean {
  if (isTerminal(pod)) return false;
  if (!pod.status?.podIP && !pod.status?.podIPs?.length) return false;
  if (!includeTerminating && pod.metadata?.deletionTimestamp) return false;
  return true;
}

const isIPv6 = (ip: string): boolean => ip.includes(':');

/** The pod's address in the Service's (first) IP family, from status.podIPs (status.podIP as fallback). */
export function podAddress(service: Service, pod: Pod): string | undefined {
  const family = service.spec?.ipFamilies?.[0] ?? 'IPv4';
  const ips = pod.status?.podIPs?.length ? pod.status.podIPs.map((entry) => entry.ip ?? '') : [pod.status?.podIP ?? ''];
  return ips.find((ip) => ip !== '' && isIPv6(ip) === (family === 'IPv6'));
}

/** ShouldSetHostname: a pod with a hostname in the Service's subdomain (StatefulSet pods). */
export const shouldSetHostname = (pod: Pod, service: Service): boolean =>
  Boolean(pod.spec?.hostname) &&
  pod.spec?.subdomain === service.metadata?.name &&
  pod.metadata?.namespace === service.metadata?.namespace;

/**
 * podutil.FindPort: a numeric targetPort as is; a named one resolves to the container port of that
 * name and protocol (sidecar init containers included); undefined when the pod has no such port.
 */
export function findPort(pod: Pod, servicePort: ServicePort): number | undefined {
  const target = servicePort.targetPort ?? servicePort.port;
  if (typeof target === 'number') return target;
  const protocol = servicePort.protocol ?? 'TCP';
  const sidecars = (pod.spec?.initContainers ?? []).filter((c) => c.restartPolicy === 'Always');
  for (const container of [...(pod.spec?.containers ?? []), ...sidecars]) {
    for (const port of container.ports ?? []) {
      if (port.name === target && (port.protocol ?? 'TCP') === protocol) return port.containerPort;
    }
  }
  return undefined;
}

/** The names of namespaces being deleted: controllers create nothing there (upstream: forbidden). */
export function terminatingNamespaces(namespaces: readonly KubeObject[]): Set<string> {
  return new Set(
    namespaces
      .filter(
        (ns) =>
          Boolean(ns.metadata.deletionTimestamp) ||
          (ns.status as { phase?: string } | undefined)?.phase === 'Terminating',
      )
      .map((ns) => ns.metadata.name ?? ''),
  );
}

/**
 * The pods any of the services selects, read per service with its label selector (an index lookup),
 * instead of every pod of the sandbox: most pod changes concern no service.
 */
export async function podsSelectedByServices(
  store: StoreService,
  sandboxId: string,
  services: readonly KubeObject[],
): Promise<KubeObject[]> {
  const byUid = new Map<string, KubeObject>();
  for (const service of services) {
    const selector = (service.spec as { selector?: Record<string, string> } | undefined)?.selector;
    if (!selector || Object.keys(selector).length === 0) continue;
    const labelSelector: LabelSelector = Object.entries(selector).map(([key, value]) => ({
      key,
      operator: 'In',
      values: [value],
    }));
    const found = await store.list({
      sandboxId,
      resource: 'pods',
      namespace: service.metadata.namespace,
      labelSelector,
    });
    for (const item of found.items) byUid.set(item.uid, item.object);
  }
  return [...byUid.values()];
}
