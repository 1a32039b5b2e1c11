import { defineResource } from '../../definition/define-resource';
import { READ_ONLY_VERBS } from '../../definition/verbs';
import { at, list } from '../../objects/read';
import type { ResourceObject } from '../../objects/resource-object';
import { sumQuantities } from '../../printing/quantity-sum';
import { metricsPrinter, type Usage } from './metrics-printer';

/** A pod's usage is the sum over its containers. */
function podUsage(metrics: ResourceObject): Usage {
  const containers = list(metrics.containers);
  const total = (resource: keyof Usage): string =>
    sumQuantities(
      containers
        .map((container) => at(container, 'usage', resource))
        .filter((value): value is string => typeof value === 'string'),
    );
  return { cpu: total('cpu'), memory: total('memory') };
}

/** metrics.k8s.io PodMetrics: computed on request, never stored; metrics-server reports no singular name. */
export const POD_METRICS = defineResource({
  group: 'metrics.k8s.io',
  version: 'v1beta1',
  kind: 'PodMetrics',
  plural: 'pods',
  singular: '',
  namespaced: true,
  shortNames: [],
  categories: [],
  verbs: READ_ONLY_VERBS,
  subresources: {},
  storageVersion: null,
  printer: metricsPrinter(podUsage),
});
