import { calculateStatus, statusToWrite } from './replicaset-status';
import { pod, replicaSet } from './test-pods';

const NOW = new Date('2024-01-01T00:01:00Z');

describe('ReplicaSet status', () => {
  it('counts replicas, fully labeled, ready and available pods', () => {
    const rs = replicaSet({ name: 'web', replicas: 3, labels: { app: 'web', tier: 'fe' }, selector: { app: 'web' } });
    const pods = [
      pod({ name: 'a', labels: { app: 'web', tier: 'fe' }, readySince: '2024-01-01T00:00:00Z' }),
      pod({ name: 'b', labels: { app: 'web' }, readySince: '2024-01-01T00:00:00Z' }),
      pod({ name: 'c', labels: { app: 'web', tier: 'fe' } }),
    ];
    expect(calculateStatus({ rs, pods, minReadyMs: 0, now: NOW })).toEqual({
      replicas: 3,
      fullyLabeledReplicas: 2,
      readyReplicas: 2,
      availableReplicas: 2,
    });
  });

  it('counts ready pods as available only after minReadySeconds', () => {
    const rs = replicaSet({ name: 'web', replicas: 2, minReadySeconds: 30 });
    const pods = [
      pod({ name: 'a', labels: { app: 'web' }, readySince: '2024-01-01T00:00:00Z' }),
      pod({ name: 'b', labels: { app: 'web' }, readySince: '2024-01-01T00:00:50Z' }),
    ];
    const status = calculateStatus({ rs, pods, minReadyMs: 30_000, now: NOW });
    expect(status.readyReplicas).toBe(2);
    expect(status.availableReplicas).toBe(1);
  });

  it('sets ReplicaFailure on a failed create and clears it after a success', () => {
    const rs = replicaSet({ name: 'web', replicas: 2 });
    const failed = calculateStatus({ rs, pods: [], minReadyMs: 0, now: NOW, outcome: { error: 'quota exceeded' } });
    expect(failed.conditions).toEqual([
      {
        type: 'ReplicaFailure',
        status: 'True',
        lastTransitionTime: '2024-01-01T00:01:00Z',
        reason: 'FailedCreate',
        message: 'quota exceeded',
      },
    ]);
    const cleared = calculateStatus({ rs: { ...rs, status: failed }, pods: [], minReadyMs: 0, now: NOW });
    expect(cleared.conditions).toBeUndefined();
  });

  it('writes nothing in the steady state and records the observed generation otherwise', () => {
    const rs = replicaSet({ name: 'web', replicas: 1, generation: 2, status: { replicas: 1, observedGeneration: 2 } });
    expect(statusToWrite(rs, { replicas: 1 })).toBeUndefined();
    expect(statusToWrite(rs, { replicas: 0 })).toEqual({ replicas: 0, observedGeneration: 2 });
    const newer = replicaSet({ name: 'web', generation: 3, status: { replicas: 1, observedGeneration: 2 } });
    expect(statusToWrite(newer, { replicas: 1 })).toEqual({ replicas: 1, observedGeneration: 3 });
  });
});
