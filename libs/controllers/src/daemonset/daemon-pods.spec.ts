import { daemonPod, daemonTolerations, nodeShouldRunDaemonPod, targetNodeName } from './daemon-pods';
import { daemonPodOn, daemonSet, node } from './daemonset.test-fixtures';

const CONTROL_PLANE = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };

describe('daemonTolerations', () => {
  it('adds the node-problem tolerations once, network-unavailable only for host network', () => {
    const keys = (spec: object) => daemonTolerations({ containers: [], ...spec }).map((t) => `${t.key}:${t.effect}`);
    expect(keys({})).toEqual([
      'node.kubernetes.io/not-ready:NoExecute',
      'node.kubernetes.io/unreachable:NoExecute',
      'node.kubernetes.io/disk-pressure:NoSchedule',
      'node.kubernetes.io/memory-pressure:NoSchedule',
      'node.kubernetes.io/pid-pressure:NoSchedule',
      'node.kubernetes.io/unschedulable:NoSchedule',
    ]);
    expect(keys({ hostNetwork: true })).toContain('node.kubernetes.io/network-unavailable:NoSchedule');
    const existing = {
      key: 'node.kubernetes.io/not-ready',
      operator: 'Exists',
      effect: 'NoExecute',
      tolerationSeconds: 5,
    };
    const merged = daemonTolerations({ containers: [], tolerations: [existing] });
    expect(merged.filter((t) => t.key === 'node.kubernetes.io/not-ready')).toEqual([
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
    ]);
  });
});

describe('nodeShouldRunDaemonPod', () => {
  it('keeps off tainted nodes unless tolerated, and on cordoned or not-ready ones', () => {
    expect(nodeShouldRunDaemonPod(node('cp', { taints: [CONTROL_PLANE] }), daemonSet())).toEqual({
      shouldRun: false,
      shouldContinueRunning: true,
    });
    const tolerating = daemonSet({}, { tolerations: [{ key: CONTROL_PLANE.key, operator: 'Exists' }] });
    expect(nodeShouldRunDaemonPod(node('cp', { taints: [CONTROL_PLANE] }), tolerating).shouldRun).toBe(true);
    const cordoned = node('n', { taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }] });
    expect(nodeShouldRunDaemonPod(cordoned, daemonSet()).shouldRun).toBe(true);
    const evicting = node('n', { taints: [{ key: 'example.com/bad', effect: 'NoExecute' }] });
    expect(nodeShouldRunDaemonPod(evicting, daemonSet())).toEqual({ shouldRun: false, shouldContinueRunning: false });
  });

  it('honours nodeSelector, required node affinity and a template nodeName', () => {
    const selecting = daemonSet({}, { nodeSelector: { disk: 'ssd' } });
    expect(nodeShouldRunDaemonPod(node('a', { labels: { disk: 'ssd' } }), selecting).shouldRun).toBe(true);
    expect(nodeShouldRunDaemonPod(node('b'), selecting)).toEqual({ shouldRun: false, shouldContinueRunning: false });
    const affinity = daemonSet(
      {},
      {
        affinity: {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }],
            },
          },
        },
      },
    );
    expect(nodeShouldRunDaemonPod(node('a', { labels: { zone: 'a' } }), affinity).shouldRun).toBe(true);
    expect(nodeShouldRunDaemonPod(node('b', { labels: { zone: 'b' } }), affinity).shouldRun).toBe(false);
    expect(nodeShouldRunDaemonPod(node('b'), daemonSet({}, { nodeName: 'a' })).shouldRun).toBe(false);
  });
});

describe('daemonPod', () => {
  it('builds the pod for a node from the template', () => {
    const ds = daemonSet();
    ds.metadata = { ...ds.metadata, annotations: { 'deprecated.daemonset.template.generation': '3' } };
    const ref = { apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'agent', uid: 'ds-uid', controller: true };
    const pod = daemonPod(ds, 'node-1', 'abc', ref);
    expect(pod.metadata).toEqual({
      generateName: 'agent-',
      namespace: 'default',
      labels: { app: 'agent', 'pod-template-generation': '3', 'controller-revision-hash': 'abc' },
      ownerReferences: [ref],
    });
    expect(targetNodeName(pod)).toBe('node-1');
    expect(pod.spec?.tolerations).toHaveLength(6);
  });

  it('reads the target node from nodeName first', () => {
    expect(targetNodeName(daemonPodOn('p', 'node-2'))).toBe('node-2');
    expect(targetNodeName(daemonPodOn('p', 'node-2', { bound: false }))).toBe('node-2');
    expect(targetNodeName({ spec: { containers: [] } })).toBeUndefined();
  });
});
