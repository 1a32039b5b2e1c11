import type { KubeObject } from '@ksb/store';

// Builders for the endpoints and endpointslice specs: pods as a kubelet reports them, services as stored.

export interface PodOptions {
  namespace?: string;
  labels?: Record<string, string>;
  ip?: string;
  node?: string;
  ready?: boolean;
  phase?: string;
  deleting?: boolean;
  ports?: Array<{ name?: string; containerPort: number; protocol?: string }>;
  hostname?: string;
  subdomain?: string;
}

export function pod(name: string, options: PodOptions = {}): KubeObject {
  const ip = options.ip;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: options.namespace ?? 'default',
      uid: `uid-${name}`,
      labels: options.labels ?? { app: 'web' },
      ...(options.deleting ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}),
    },
    spec: {
      nodeName: options.node ?? 'node-1',
      ...(options.hostname ? { hostname: options.hostname } : {}),
      ...(options.subdomain ? { subdomain: options.subdomain } : {}),
      containers: [{ name: 'c', image: 'nginx', ports: options.ports ?? [] }],
    },
    status: {
      phase: options.phase ?? 'Running',
      ...(ip ? { podIP: ip, podIPs: [{ ip }] } : {}),
      conditions: [{ type: 'Ready', status: options.ready === false ? 'False' : 'True' }],
    },
  };
}

export interface ServiceOptions {
  namespace?: string;
  selector?: Record<string, string> | null;
  ports?: Array<{ name?: string; port: number; targetPort?: number | string; protocol?: string }>;
  clusterIP?: string;
  publishNotReadyAddresses?: boolean;
  labels?: Record<string, string>;
  type?: string;
}

export function service(name: string, options: ServiceOptions = {}): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name,
      namespace: options.namespace ?? 'default',
      uid: `uid-svc-${name}`,
      ...(options.labels ? { labels: options.labels } : {}),
    },
    spec: {
      type: options.type ?? 'ClusterIP',
      clusterIP: options.clusterIP ?? '10.96.0.20',
      ipFamilies: ['IPv4'],
      ...(options.selector === null ? {} : { selector: options.selector ?? { app: 'web' } }),
      ports: (options.ports ?? [{ port: 80, targetPort: 8080 }]).map((p) => ({
        protocol: 'TCP',
        targetPort: p.port,
        ...p,
      })),
      ...(options.publishNotReadyAddresses ? { publishNotReadyAddresses: true } : {}),
    },
  };
}
