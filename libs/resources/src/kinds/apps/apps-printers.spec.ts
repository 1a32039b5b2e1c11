import type { ResourceObject } from '../../objects/resource-object';
import { CONTROLLER_REVISIONS, controllerOf } from './controllerrevisions';
import { DAEMON_SETS } from './daemonsets';
import { DEPLOYMENTS } from './deployments';
import { REPLICA_SETS } from './replicasets';
import { STATEFUL_SETS } from './statefulsets';

const NOW = new Date('2025-01-01T00:03:02Z');
const metadata = { name: 'web', namespace: 'default', creationTimestamp: '2025-01-01T00:00:00Z' };
const template = {
  spec: {
    containers: [
      { name: 'web', image: 'nginx:1.27' },
      { name: 'log', image: 'busybox' },
    ],
    nodeSelector: { 'kubernetes.io/os': 'linux' },
  },
};
const selector = { matchLabels: { app: 'web' } };
const header = (columns: readonly { name: string; priority: number }[]) =>
  columns.map((c) => (c.priority ? `(${c.name})` : c.name));

describe('apps printers', () => {
  it('prints deployments: NAME READY UP-TO-DATE AVAILABLE AGE (CONTAINERS IMAGES SELECTOR)', () => {
    expect(header(DEPLOYMENTS.printer.columns)).toEqual([
      'Name',
      'Ready',
      'Up-to-date',
      'Available',
      'Age',
      '(Containers)',
      '(Images)',
      '(Selector)',
    ]);
    const deployment = {
      metadata,
      spec: { replicas: 3, selector, template },
      status: { replicas: 3, readyReplicas: 2, updatedReplicas: 3, availableReplicas: 2 },
    };
    expect(DEPLOYMENTS.printer.row(deployment, NOW)).toEqual([
      'web',
      '2/3',
      3,
      2,
      '3m2s',
      'web,log',
      'nginx:1.27,busybox',
      'app=web',
    ]);
    expect(DEPLOYMENTS.printer.row({ metadata, spec: { replicas: 0 } }, NOW).slice(1, 4)).toEqual(['0/0', 0, 0]);
  });

  it('prints replica sets: NAME DESIRED CURRENT READY AGE (CONTAINERS IMAGES SELECTOR)', () => {
    expect(header(REPLICA_SETS.printer.columns)).toEqual([
      'Name',
      'Desired',
      'Current',
      'Ready',
      'Age',
      '(Containers)',
      '(Images)',
      '(Selector)',
    ]);
    const replicaSet = {
      metadata,
      spec: { replicas: 2, selector, template },
      status: { replicas: 2, readyReplicas: 1 },
    };
    expect(REPLICA_SETS.printer.row(replicaSet, NOW)).toEqual([
      'web',
      2,
      2,
      1,
      '3m2s',
      'web,log',
      'nginx:1.27,busybox',
      'app=web',
    ]);
  });

  it('prints stateful sets: NAME READY AGE (CONTAINERS IMAGES)', () => {
    expect(header(STATEFUL_SETS.printer.columns)).toEqual(['Name', 'Ready', 'Age', '(Containers)', '(Images)']);
    const statefulSet = { metadata, spec: { replicas: 3, selector, template }, status: { readyReplicas: 1 } };
    expect(STATEFUL_SETS.printer.row(statefulSet, NOW)).toEqual([
      'web',
      '1/3',
      '3m2s',
      'web,log',
      'nginx:1.27,busybox',
    ]);
  });

  it('prints daemon sets with the node selector', () => {
    expect(header(DAEMON_SETS.printer.columns)).toEqual([
      'Name',
      'Desired',
      'Current',
      'Ready',
      'Up-to-date',
      'Available',
      'Node Selector',
      'Age',
      '(Containers)',
      '(Images)',
      '(Selector)',
    ]);
    const daemonSet = {
      metadata,
      spec: { selector, template },
      status: {
        desiredNumberScheduled: 3,
        currentNumberScheduled: 3,
        numberReady: 2,
        updatedNumberScheduled: 3,
        numberAvailable: 2,
      },
    };
    expect(DAEMON_SETS.printer.row(daemonSet, NOW)).toEqual([
      'web',
      3,
      3,
      2,
      3,
      2,
      'kubernetes.io/os=linux',
      '3m2s',
      'web,log',
      'nginx:1.27,busybox',
      'app=web',
    ]);
  });

  it('prints controller revisions with their controller', () => {
    const owned = (ownerReferences: unknown[]): ResourceObject => ({ metadata: { ...metadata, ownerReferences } });
    expect(
      controllerOf(owned([{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', controller: true, uid: 'u' }])),
    ).toBe('statefulset.apps/web');
    expect(controllerOf(owned([{ apiVersion: 'v1', kind: 'Pod', name: 'p', controller: true }]))).toBe('pod/p');
    expect(controllerOf(owned([{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'd' }]))).toBe('<none>');
    expect(controllerOf({ metadata })).toBe('<none>');
    const revision = {
      metadata: {
        ...metadata,
        name: 'web-7d4b9c',
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'web', controller: true }],
      },
      revision: 2,
    };
    expect(CONTROLLER_REVISIONS.printer.row(revision, NOW)).toEqual(['web-7d4b9c', 'daemonset.apps/web', 2, '3m2s']);
  });
});
