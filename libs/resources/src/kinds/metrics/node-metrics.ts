import { defineResource } from '../../definition/define-resource';
import { READ_ONLY_VERBS } from '../../definition/verbs';
import { at } from '../../objects/read';
import type { ResourceObject } from '../../objects/resource-object';
import { sumQuantities } from '../../printing/quantity-sum';
import { metricsPrinter } from './metrics-printer';

/** Go's Quantity.String() of the stored value: canonical form, "0" when absent. */
const quantity = (value: unknown): string => sumQuantities(typeof value === 'string' ? [value] : []);

const nodeUsage = (metrics: ResourceObject) => ({
  cpu: quantity(at(metrics, 'usage', 'cpu')),
  memory: quantity(at(metrics, 'usage', 'memory')),
});

/** metrics.k8s.io NodeMetrics: computed on request, never stored; metrics-server reports no singular name. */
export const NODE_METRICS = defineResource({
  group: 'metrics.k8s.io',
  version: 'v1beta1',
  kind: 'NodeMetrics',
  plural: 'nodes',
  singular: '',
  namespaced: false,
  shortNames: [],
  categories: [],
  verbs: READ_ONLY_VERBS,
  subresources: {},
  storageVersion: null,
  printer: metricsPrinter(nodeUsage),
});
