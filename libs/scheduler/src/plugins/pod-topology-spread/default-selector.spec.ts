import { makePod, makeReplica } from '../../test-fixtures';
import type { Pod } from '../../types';
import { defaultSelector, indexWorkloads } from './default-selector';
import { selectorMatches } from './pod-selector';

const service = (name: string, selector: Record<string, string>, namespace = 'default') => ({
  metadata: { name, namespace },
  spec: { selector },
});
const replicaSet = {
  metadata: { name: 'web-abc', namespace: 'default' },
  spec: { selector: { matchLabels: { app: 'web' } } },
};

describe('DefaultSelector', () => {
  it('is empty for a bare pod nothing selects', () => {
    expect(defaultSelector(makePod('p'), indexWorkloads({}))).toEqual({ requirements: [] });
  });

  it('merges the selectors of the Services of the pod namespace that select it', () => {
    const pod = makeReplica('web-1');
    const index = indexWorkloads({
      services: [
        service('web', { app: 'web' }),
        service('other', { app: 'db' }),
        service('elsewhere', { app: 'web' }, 'prod'),
      ],
      replicaSets: [],
    });
    expect(defaultSelector(pod, index)).toEqual({ requirements: [{ key: 'app', operator: 'In', values: ['web'] }] });
  });

  it("adds the controlling ReplicaSet's selector when the ReplicaSet is provided", () => {
    const selector = defaultSelector(makeReplica('web-1'), indexWorkloads({ replicaSets: [replicaSet] }));
    expect(selector.requirements).toEqual([{ key: 'app', operator: 'In', values: ['web'] }]);
    expect(selector.controllerUid).toBeUndefined();
  });

  it('falls back to the controller uid for owners of kinds the caller did not provide', () => {
    const selector = defaultSelector(makeReplica('web-1'), indexWorkloads({}));
    expect(selector).toEqual({ requirements: [], controllerUid: 'uid-web-abc' });
    expect(selectorMatches(selector, makeReplica('web-2'))).toBe(true);
    expect(selectorMatches(selector, makeReplica('api-1', 'api-xyz'))).toBe(false);
  });

  it('ignores owners DefaultSelector does not know (Jobs, DaemonSets)', () => {
    const job: Pod = {
      ...makePod('j'),
      metadata: {
        name: 'j',
        namespace: 'default',
        ownerReferences: [{ apiVersion: 'batch/v1', kind: 'Job', name: 'j', uid: 'u', controller: true }],
      },
    };
    expect(defaultSelector(job, indexWorkloads({}))).toEqual({ requirements: [] });
  });

  it('merges a ReplicationController selector into the label set', () => {
    const pod: Pod = {
      ...makePod('rc-1'),
      metadata: {
        name: 'rc-1',
        namespace: 'default',
        labels: { app: 'legacy' },
        ownerReferences: [
          { apiVersion: 'v1', kind: 'ReplicationController', name: 'legacy', uid: 'u', controller: true },
        ],
      },
    };
    const index = indexWorkloads({
      replicationControllers: [
        { metadata: { name: 'legacy', namespace: 'default' }, spec: { selector: { app: 'legacy' } } },
      ],
    });
    expect(defaultSelector(pod, index)).toEqual({ requirements: [{ key: 'app', operator: 'In', values: ['legacy'] }] });
  });
});
