import type { RowCondition } from '../../../definition/printer';
import { defineResource } from '../../../definition/define-resource';
import { STATUS_VERBS, STORED_VERBS } from '../../../definition/verbs';
import { at } from '../../../objects/read';
import { AGE_COLUMN, column, NAME_COLUMN, wideColumn } from '../../../printing/columns';
import { age } from '../../../printing/timestamps';
import { podSummary } from './pod-summary';
import { podWideCells } from './pod-wide-cells';
import { defaultPod } from './pod.defaults';
import { validatePod } from './pod.validation';

/** Upstream marks rows of finished pods Completed. */
function completedConditions(phase: unknown): RowCondition[] {
  if (phase === 'Succeeded') {
    return [{ type: 'Completed', status: 'True', reason: 'Succeeded', message: 'The pod has completed successfully.' }];
  }
  if (phase === 'Failed') {
    return [{ type: 'Completed', status: 'True', reason: 'Failed', message: 'The pod failed.' }];
  }
  return [];
}

export const PODS = defineResource({
  group: '',
  version: 'v1',
  kind: 'Pod',
  plural: 'pods',
  singular: 'pod',
  namespaced: true,
  shortNames: ['po'],
  categories: ['all'],
  verbs: STORED_VERBS,
  subresources: {
    binding: { kind: 'Binding', verbs: ['create'] },
    eviction: { group: 'policy', version: 'v1', kind: 'Eviction', verbs: ['create'] },
    exec: { kind: 'PodExecOptions', verbs: ['create', 'get'] },
    log: { kind: 'Pod', verbs: ['get'] },
    status: { kind: 'Pod', verbs: STATUS_VERBS },
  },
  defaults: defaultPod,
  validate: validatePod,
  printer: {
    columns: [
      NAME_COLUMN,
      column('Ready', 'Ready containers of all containers.'),
      column('Status', 'Aggregate status of the pod and its containers.'),
      column('Restarts', 'Container restarts, and how long ago the last one was.'),
      AGE_COLUMN,
      wideColumn('IP', 'IP address of the pod.'),
      wideColumn('Node', 'Node the pod is bound to.'),
      wideColumn('Nominated Node', 'Node the scheduler nominated while preempting.'),
      wideColumn('Readiness Gates', 'Readiness gates that pass, of all of them.'),
    ],
    row: (pod, now) => {
      const { ready, status, restarts } = podSummary(pod, now);
      return [pod.metadata.name ?? '', ready, status, restarts, age(pod, now), ...podWideCells(pod)];
    },
    conditions: (pod) => completedConditions(at(pod, 'status', 'phase')),
  },
});
