import type { DeploymentStrategy } from 'kubernetes-types/apps/v1';
import type { DeployObject } from './rollout-math';

export interface DeploymentOptions {
  name?: string;
  replicas?: number;
  image?: string;
  strategy?: DeploymentStrategy;
  rollingUpdate?: { maxSurge?: number | string; maxUnavailable?: number | string };
  generation?: number;
  paused?: boolean;
  revisionHistoryLimit?: number;
  progressDeadlineSeconds?: number;
  minReadySeconds?: number;
  status?: DeployObject['status'];
  annotations?: Record<string, string>;
}

/** A Deployment as the API server stores it (defaults applied). */
export function deployment(options: DeploymentOptions = {}): DeployObject {
  const strategy: DeploymentStrategy = options.strategy ?? {
    type: 'RollingUpdate',
    rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%', ...options.rollingUpdate },
  };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: options.name ?? 'web',
      namespace: 'default',
      uid: 'uid-deploy',
      resourceVersion: '1',
      generation: options.generation ?? 1,
      creationTimestamp: '2024-01-01T00:00:00Z',
      ...(options.annotations ? { annotations: options.annotations } : {}),
    },
    spec: {
      replicas: options.replicas ?? 3,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: { containers: [{ name: 'c', image: options.image ?? 'nginx' }] },
      },
      strategy,
      revisionHistoryLimit: options.revisionHistoryLimit ?? 10,
      progressDeadlineSeconds: options.progressDeadlineSeconds ?? 600,
      ...(options.minReadySeconds ? { minReadySeconds: options.minReadySeconds } : {}),
      ...(options.paused ? { paused: true } : {}),
    },
    ...(options.status ? { status: options.status } : {}),
  };
}
