import type {
  Node as K8sNode,
  PersistentVolume as K8sVolume,
  PersistentVolumeClaim as K8sClaim,
  Pod as K8sPod,
  Service,
} from 'kubernetes-types/core/v1';
import type { ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type { StorageClass as K8sClass } from 'kubernetes-types/storage/v1';
import { assume, createSnapshot, type ClusterState } from './snapshot';
import { makeNode, makePod, withHostPort } from './test-fixtures';

describe('createSnapshot', () => {
  it('builds NodeInfos once from pods listed flat or grouped by node', () => {
    const snapshot = createSnapshot({
      nodes: [makeNode('a'), makeNode('b')],
      pods: [
        makePod('on-a', { cpu: '500m' }, { nodeName: 'a' }),
        makePod('pending', { cpu: '1' }),
        makePod('elsewhere', { cpu: '1' }, { nodeName: 'gone' }),
      ],
      podsOnNodes: { b: [makePod('on-b', { cpu: '250m' })] },
    });
    expect(snapshot.nodes.map((info) => [info.name, info.requested.milliCpu])).toEqual([
      ['a', 500],
      ['b', 250],
    ]);
    expect(snapshot.nextStartNodeIndex).toBe(0);
  });

  it('accepts the kubernetes-types objects read from the store', () => {
    // Compile-time check: the API types fit the slices the scheduler reads.
    const state: ClusterState = {
      nodes: [] as K8sNode[],
      pods: [] as K8sPod[],
      persistentVolumeClaims: [] as K8sClaim[],
      persistentVolumes: [] as K8sVolume[],
      storageClasses: [] as K8sClass[],
      services: [] as Service[],
      replicaSets: [] as ReplicaSet[],
      statefulSets: [] as StatefulSet[],
    };
    expect(createSnapshot(state).nodes).toEqual([]);
  });
});

describe('assume', () => {
  it('adds the pod to the node: requests, host ports and pod list', () => {
    const snapshot = createSnapshot({ nodes: [makeNode('a')] });
    const pod = withHostPort(makePod('p', { cpu: '1', memory: '1Gi' }), [{ hostPort: 80 }]);
    const before = snapshot.nodes[0].pods;
    assume(snapshot, pod, 'a');
    const info = snapshot.nodes[0];
    expect(info.requested).toEqual({ milliCpu: 1000, memory: 2 ** 30 });
    expect(info.nonZeroRequested).toEqual({ milliCpu: 1000, memory: 2 ** 30 });
    expect(info.usedPorts).toEqual([{ ip: '0.0.0.0', protocol: 'TCP', port: 80 }]);
    expect(info.pods.map((p) => p.spec?.nodeName)).toEqual(['a']);
    // Earlier readers keep what they saw.
    expect(before).toEqual([]);
  });

  it('refuses a node the snapshot does not have', () => {
    expect(() => assume(createSnapshot({ nodes: [] }), makePod('p'), 'x')).toThrow(
      'node "x" is not in the scheduling snapshot',
    );
  });
});
