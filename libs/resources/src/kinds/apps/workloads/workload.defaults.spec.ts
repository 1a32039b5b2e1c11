import type { ResourceObject } from '../../../objects/resource-object';
import { defaultDaemonSet } from '../daemonsets/daemonset.defaults';
import { defaultDeployment } from '../deployments/deployment.defaults';
import { defaultReplicaSet } from '../replicasets/replicaset.defaults';
import { defaultStatefulSet } from '../statefulsets/statefulset.defaults';

const workload = (spec: Record<string, unknown> = {}): ResourceObject => ({
  metadata: { name: 'web' },
  spec: {
    selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } },
    ...spec,
  },
});

const templateSpec = {
  containers: [
    {
      name: 'web',
      image: 'nginx:1.27',
      imagePullPolicy: 'IfNotPresent',
      resources: {},
      terminationMessagePath: '/dev/termination-log',
      terminationMessagePolicy: 'File',
    },
  ],
  dnsPolicy: 'ClusterFirst',
  restartPolicy: 'Always',
  schedulerName: 'default-scheduler',
  securityContext: {},
  terminationGracePeriodSeconds: 30,
};

describe('workload defaults', () => {
  it('defaults a Deployment as `kubectl create deployment` shows it', () => {
    const deployment = defaultDeployment(workload());
    expect(deployment.spec).toEqual({
      replicas: 1,
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
      selector: { matchLabels: { app: 'web' } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
      template: { metadata: { labels: { app: 'web' } }, spec: templateSpec },
    });
  });

  it('gives a Recreate Deployment no rolling update budgets', () => {
    const deployment = defaultDeployment(workload({ strategy: { type: 'Recreate' }, replicas: 0 }));
    expect(deployment.spec).toMatchObject({ replicas: 0, strategy: { type: 'Recreate' } });
    expect(deployment.spec).not.toHaveProperty('strategy.rollingUpdate');
  });

  it('completes a partial rolling update', () => {
    const deployment = defaultDeployment(workload({ strategy: { rollingUpdate: { maxSurge: 1 } } }));
    expect(deployment.spec).toMatchObject({
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: '25%' } },
    });
  });

  it('defaults a ReplicaSet', () => {
    expect(defaultReplicaSet(workload()).spec).toMatchObject({ replicas: 1, template: { spec: templateSpec } });
  });

  it('defaults a DaemonSet', () => {
    expect(defaultDaemonSet(workload()).spec).toMatchObject({
      revisionHistoryLimit: 10,
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } },
      template: { spec: templateSpec },
    });
    expect(defaultDaemonSet(workload({ updateStrategy: { type: 'OnDelete' } })).spec).toMatchObject({
      updateStrategy: { type: 'OnDelete' },
    });
  });

  it('defaults a StatefulSet and its claim templates', () => {
    const statefulSet = defaultStatefulSet(
      workload({
        serviceName: 'web',
        volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'] } }],
      }),
    );
    expect(statefulSet.spec).toMatchObject({
      replicas: 1,
      revisionHistoryLimit: 10,
      podManagementPolicy: 'OrderedReady',
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
      template: { spec: templateSpec },
      volumeClaimTemplates: [
        {
          metadata: { name: 'data' },
          spec: { accessModes: ['ReadWriteOnce'], volumeMode: 'Filesystem' },
          status: { phase: 'Pending' },
        },
      ],
    });
  });

  it('leaves a StatefulSet OnDelete strategy alone', () => {
    const statefulSet = defaultStatefulSet(workload({ updateStrategy: { type: 'OnDelete' } }));
    expect(statefulSet.spec).toMatchObject({ updateStrategy: { type: 'OnDelete' } });
    expect(statefulSet.spec).not.toHaveProperty('updateStrategy.rollingUpdate');
  });
});
