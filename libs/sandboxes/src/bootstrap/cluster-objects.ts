import type { KubeObject, WriteOp } from '@ksb/store';
import type { NodeSpec } from '../layout/node-spec';
import { nodeObject } from './node-object';
import { DNS_SERVICE_IP, KUBERNETES_SERVICE_IP, nodeAddressOf } from './versions';

const SYSTEM_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];

const create = (resource: string, namespace: string, object: KubeObject): WriteOp => ({
  op: 'create',
  resource,
  namespace,
  object,
});

const namespace = (name: string): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, labels: { 'kubernetes.io/metadata.name': name } },
  spec: { finalizers: ['kubernetes'] },
  status: { phase: 'Active' },
});

const serviceAccount = (ns: string): KubeObject => ({
  apiVersion: 'v1',
  kind: 'ServiceAccount',
  metadata: { name: 'default', namespace: ns },
});

const lease = (node: string, now: string): KubeObject => ({
  apiVersion: 'coordination.k8s.io/v1',
  kind: 'Lease',
  metadata: { name: node, namespace: 'kube-node-lease' },
  spec: { holderIdentity: node, leaseDurationSeconds: 40, renewTime: now.replace('Z', '.000000Z') },
});

function kubernetesService(apiServerAddress: string): WriteOp[] {
  const labels = { component: 'apiserver', provider: 'kubernetes' };
  return [
    create('services', 'default', {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'kubernetes', namespace: 'default', labels },
      spec: {
        type: 'ClusterIP',
        clusterIP: KUBERNETES_SERVICE_IP,
        clusterIPs: [KUBERNETES_SERVICE_IP],
        ipFamilies: ['IPv4'],
        ipFamilyPolicy: 'SingleStack',
        internalTrafficPolicy: 'Cluster',
        ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
        sessionAffinity: 'None',
      },
      status: { loadBalancer: {} },
    }),
    create('endpoints', 'default', {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: {
        name: 'kubernetes',
        namespace: 'default',
        labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' },
      },
      subsets: [{ addresses: [{ ip: apiServerAddress }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }],
    }),
    create('endpointslices.discovery.k8s.io', 'default', {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: 'kubernetes', namespace: 'default', labels: { 'kubernetes.io/service-name': 'kubernetes' } },
      addressType: 'IPv4',
      endpoints: [{ addresses: [apiServerAddress], conditions: { ready: true } }],
      ports: [{ name: 'https', port: 6443, protocol: 'TCP' }],
    }),
  ];
}

const kubeDnsService = (): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: {
    name: 'kube-dns',
    namespace: 'kube-system',
    labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
    annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
  },
  spec: {
    type: 'ClusterIP',
    clusterIP: DNS_SERVICE_IP,
    clusterIPs: [DNS_SERVICE_IP],
    ipFamilies: ['IPv4'],
    ipFamilyPolicy: 'SingleStack',
    internalTrafficPolicy: 'Cluster',
    ports: [
      { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
      { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
      { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
    ],
    selector: { 'k8s-app': 'kube-dns' },
    sessionAffinity: 'None',
  },
  status: { loadBalancer: {} },
});

const defaultStorageClass = (): KubeObject => ({
  apiVersion: 'storage.k8s.io/v1',
  kind: 'StorageClass',
  metadata: { name: 'standard', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } },
  provisioner: 'rancher.io/local-path',
  reclaimPolicy: 'Delete',
  volumeBindingMode: 'WaitForFirstConsumer',
});

/**
 * Everything a fresh cluster has before anyone touches it: system namespaces with their default service
 * accounts, the registered nodes and their heartbeat leases, the kubernetes and kube-dns services, and a
 * default StorageClass.
 */
export function clusterObjects(sandboxId: string, nodes: NodeSpec[], now: string): WriteOp[] {
  const apiServer = nodeAddressOf(
    Math.max(
      0,
      nodes.findIndex((n) => n.role === 'control-plane'),
    ),
  );
  return [
    ...SYSTEM_NAMESPACES.map((name) => create('namespaces', '', namespace(name))),
    ...SYSTEM_NAMESPACES.map((ns) => create('serviceaccounts', ns, serviceAccount(ns))),
    ...nodes.map((spec, i) => create('nodes', '', nodeObject(sandboxId, spec, i, now))),
    ...nodes.map((spec) => create('leases.coordination.k8s.io', 'kube-node-lease', lease(spec.name, now))),
    ...kubernetesService(apiServer),
    create('services', 'kube-system', kubeDnsService()),
    create('storageclasses.storage.k8s.io', '', defaultStorageClass()),
  ];
}
