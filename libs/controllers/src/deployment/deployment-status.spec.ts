import { replicaSet } from '../replicaset/test-pods';
import { deployment } from './test-deployments';
import {
  calculateStatus,
  deploymentComplete,
  deploymentProgressing,
  deploymentTimedOut,
  newCondition,
  rolloutStatus,
  setCondition,
  stuckRequeueMs,
} from './deployment-status';

const NOW = new Date('2024-01-01T00:10:00Z');
const rs = (name: string, replicas: number, available: number, ready = available) =>
  replicaSet({ name, replicas, status: { replicas, readyReplicas: ready, availableReplicas: available } });

describe('deployment status', () => {
  it('sums the ReplicaSets and reports minimum availability', () => {
    const d = deployment({ replicas: 4, generation: 3 });
    const status = calculateStatus([rs('old', 2, 2), rs('new', 2, 1)], rs('new', 2, 1), d, NOW);
    expect(status).toEqual({
      observedGeneration: 3,
      replicas: 4,
      updatedReplicas: 2,
      readyReplicas: 3,
      availableReplicas: 3,
      unavailableReplicas: 1,
      conditions: [
        {
          type: 'Available',
          status: 'True',
          lastUpdateTime: '2024-01-01T00:10:00Z',
          lastTransitionTime: '2024-01-01T00:10:00Z',
          reason: 'MinimumReplicasAvailable',
          message: 'Deployment has minimum availability.',
        },
      ],
    });
    const short = calculateStatus([rs('new', 4, 2)], rs('new', 4, 2), d, NOW);
    expect(short.conditions?.[0]?.reason).toBe('MinimumReplicasUnavailable');
  });

  it('keeps a condition untouched while status and reason stay, and the transition time while status stays', () => {
    const status = { conditions: [newCondition('Progressing', 'True', 'A', 'x', new Date('2024-01-01T00:00:00Z'))] };
    setCondition(status, newCondition('Progressing', 'True', 'A', 'y', NOW));
    expect(status.conditions[0]?.message).toBe('x');
    setCondition(status, newCondition('Progressing', 'True', 'B', 'z', NOW));
    expect(status.conditions[0]).toMatchObject({
      reason: 'B',
      lastTransitionTime: '2024-01-01T00:00:00Z',
      lastUpdateTime: '2024-01-01T00:10:00Z',
    });
  });

  it('knows complete, progressing and timed-out rollouts', () => {
    const d = deployment({ replicas: 2, status: { replicas: 3, updatedReplicas: 1, availableReplicas: 2 } });
    expect(
      deploymentComplete(d, { replicas: 2, updatedReplicas: 2, availableReplicas: 2, observedGeneration: 1 }),
    ).toBe(true);
    expect(deploymentProgressing(d, { replicas: 3, updatedReplicas: 2, availableReplicas: 2 })).toBe(true);
    expect(deploymentProgressing(d, { replicas: 3, updatedReplicas: 1, availableReplicas: 2 })).toBe(false);
    const stalled = {
      conditions: [newCondition('Progressing', 'True', 'ReplicaSetUpdated', 'x', new Date('2024-01-01T00:04:00Z'))],
    };
    expect(deploymentTimedOut(d, stalled, 360_000, NOW.getTime())).toBe(false);
    expect(deploymentTimedOut(d, stalled, 359_000, NOW.getTime())).toBe(true);
    expect(stuckRequeueMs(d, stalled, 600_000, NOW.getTime())).toBe(240_001);
  });

  it('reports progress, completion and the deadline in the rollout status', () => {
    const start = {
      conditions: [newCondition('Progressing', 'True', 'NewReplicaSetCreated', 'x', new Date('2024-01-01T00:00:00Z'))],
    };
    const fresh = rs('web-new', 2, 0);
    fresh.metadata.name = 'web-new';
    // Progress: an updated replica appeared.
    const d = deployment({ replicas: 2, status: { ...start, replicas: 1 } });
    const moving = rolloutStatus([rs('web-old', 1, 1), { ...fresh, status: { replicas: 1 } }], fresh, d, NOW, 600_000);
    expect(moving.conditions?.find((c) => c.type === 'Progressing')).toMatchObject({
      reason: 'ReplicaSetUpdated',
      message: 'ReplicaSet "web-new" is progressing.',
      lastUpdateTime: '2024-01-01T00:10:00Z',
    });
    // Complete.
    const done = rs('web-new', 2, 2);
    done.metadata.name = 'web-new';
    const complete = rolloutStatus([done], done, d, NOW, 600_000);
    expect(complete.conditions?.find((c) => c.type === 'Progressing')).toMatchObject({
      status: 'True',
      reason: 'NewReplicaSetAvailable',
      message: 'ReplicaSet "web-new" has successfully progressed.',
    });
    // Stuck past the deadline.
    const stuck = deployment({ replicas: 2, status: { ...start, replicas: 2, updatedReplicas: 2 } });
    const late = rolloutStatus([{ ...fresh, status: { replicas: 2 } }], fresh, stuck, NOW, 60_000);
    expect(late.conditions?.find((c) => c.type === 'Progressing')).toMatchObject({
      status: 'False',
      reason: 'ProgressDeadlineExceeded',
      message: 'ReplicaSet "web-new" has timed out progressing.',
    });
  });

  it('carries a ReplicaSet ReplicaFailure condition', () => {
    const failing = replicaSet({
      name: 'new',
      replicas: 2,
      status: {
        replicas: 0,
        conditions: [
          {
            type: 'ReplicaFailure',
            status: 'True',
            lastTransitionTime: '2024-01-01T00:09:00Z',
            reason: 'FailedCreate',
            message: 'quota',
          },
        ],
      },
    });
    const status = rolloutStatus([failing], failing, deployment({ replicas: 2 }), NOW, 600_000);
    expect(status.conditions?.find((c) => c.type === 'ReplicaFailure')).toEqual({
      type: 'ReplicaFailure',
      status: 'True',
      lastUpdateTime: '2024-01-01T00:09:00Z',
      lastTransitionTime: '2024-01-01T00:09:00Z',
      reason: 'FailedCreate',
      message: 'quota',
    });
  });
});
