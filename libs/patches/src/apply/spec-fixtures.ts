import type { JsonObject } from '../json-value';
import type { ApplySchema } from './apply-schema';

/** Test fixtures: the list meta of a Deployment and a ConfigMap as the served PatchSchema gives it. */
export const podTemplateSchema: ApplySchema = (path) => {
  const field = path[path.length - 1];
  if (['containers', 'initContainers', 'env', 'volumes', 'imagePullSecrets'].includes(field)) {
    return { strategy: 'merge', mergeKey: 'name' };
  }
  if (field === 'ports' && path.includes('containers')) return { strategy: 'merge', mergeKey: 'containerPort' };
  if (field === 'volumeMounts') return { strategy: 'merge', mergeKey: 'mountPath' };
  if (field === 'finalizers') return { strategy: 'merge' };
  return undefined;
};

export const NOW = new Date('2025-01-02T03:04:05.678Z');
export const LATER = new Date('2025-01-02T04:00:00.000Z');

/** What `kubectl apply --server-side -f web.yaml` sends for a small Deployment. */
export function webDeployment(overrides: { replicas?: number; image?: string } = {}): JsonObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default', labels: { app: 'web' } },
    spec: {
      replicas: overrides.replicas ?? 2,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          containers: [{ name: 'web', image: overrides.image ?? 'nginx:1.27', ports: [{ containerPort: 80 }] }],
        },
      },
    },
  };
}
