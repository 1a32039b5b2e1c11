import {
  ERR_REASON_BIND_CONFLICT,
  ERR_REASON_NODE_CONFLICT,
  ERR_REASON_PV_NOT_EXIST,
  ERR_UNBOUND_IMMEDIATE,
  podClaimsBound,
  podVolumesFilter,
  podVolumesPreFilter,
  type VolumeState,
} from './pod-volume-binding';
import { node, podUsing, pv, pvc, storageClass } from './test-fixtures';

const BOUND = { 'pv.kubernetes.io/bind-completed': 'yes' };
const pinned = (host: string) => ({
  nodeAffinity: {
    required: {
      nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [host] }] }],
    },
  },
});

const state = (extra: Partial<VolumeState>): VolumeState => ({ claims: [], volumes: [], classes: [], ...extra });
const failure = (reasons: string[]) => ({ pass: false, plugin: 'VolumeBinding', reasons, unresolvable: true });

describe('pod volume binding checks', () => {
  const pod = podUsing('app', 'data');
  const wffc = storageClass('standard', { volumeBindingMode: 'WaitForFirstConsumer' });

  it('passes pods without claims', () => {
    const plain = { metadata: { namespace: 'default' }, spec: { volumes: [{ name: 'tmp' }] } };
    expect(podVolumesPreFilter(plain, state({}))).toEqual({ pass: true });
    expect(podVolumesFilter(plain, node('node-1'), state({}))).toEqual({ pass: true });
  });

  it('rejects missing, deleted and unbound Immediate claims before looking at nodes', () => {
    expect(podVolumesPreFilter(pod, state({}))).toEqual(failure(['persistentvolumeclaim "data" not found']));
    const deleting = pvc('data', {}, { deletionTimestamp: '2025-01-01T00:00:00Z' });
    expect(podVolumesPreFilter(pod, state({ claims: [deleting] }))).toEqual(
      failure(['persistentvolumeclaim "data" is being deleted']),
    );
    const immediate = pvc('data', { storageClassName: 'fast' });
    expect(podVolumesPreFilter(pod, state({ claims: [immediate], classes: [storageClass('fast')] }))).toEqual(
      failure([ERR_UNBOUND_IMMEDIATE]),
    );
    expect(
      podVolumesPreFilter(pod, state({ claims: [pvc('data', { storageClassName: 'standard' })], classes: [wffc] })),
    ).toEqual({
      pass: true,
    });
  });

  it('keeps pods with bound claims on nodes their volumes allow', () => {
    const claim = pvc('data', { volumeName: 'vol' }, { annotations: BOUND });
    const volumes = [pv('vol', '1Gi', pinned('node-2'), {}, 'Bound')];
    expect(podVolumesFilter(pod, node('node-1'), state({ claims: [claim], volumes }))).toEqual(
      failure([ERR_REASON_NODE_CONFLICT]),
    );
    expect(podVolumesFilter(pod, node('node-2'), state({ claims: [claim], volumes }))).toEqual({ pass: true });
    expect(podVolumesFilter(pod, node('node-2'), state({ claims: [claim] }))).toEqual(
      failure([ERR_REASON_PV_NOT_EXIST]),
    );
  });

  it('places WaitForFirstConsumer claims where a volume exists or can be provisioned', () => {
    const claim = pvc('data', { storageClassName: 'local' });
    const local = storageClass('local', {
      provisioner: 'kubernetes.io/no-provisioner',
      volumeBindingMode: 'WaitForFirstConsumer',
    });
    const volumes = [pv('on-2', '1Gi', { storageClassName: 'local', ...pinned('node-2') })];
    expect(podVolumesFilter(pod, node('node-1'), state({ claims: [claim], volumes, classes: [local] }))).toEqual(
      failure([ERR_REASON_BIND_CONFLICT]),
    );
    expect(podVolumesFilter(pod, node('node-2'), state({ claims: [claim], volumes, classes: [local] }))).toEqual({
      pass: true,
    });
    const dynamic = pvc('data', { storageClassName: 'standard' });
    expect(podVolumesFilter(pod, node('node-1'), state({ claims: [dynamic], classes: [wffc] }))).toEqual({
      pass: true,
    });
  });

  it('follows a node the scheduler already selected for provisioning', () => {
    const claim = pvc(
      'data',
      { storageClassName: 'standard' },
      { annotations: { 'volume.kubernetes.io/selected-node': 'node-2' } },
    );
    expect(podVolumesFilter(pod, node('node-1'), state({ claims: [claim], classes: [wffc] }))).toEqual(
      failure([ERR_REASON_BIND_CONFLICT]),
    );
    expect(podVolumesFilter(pod, node('node-2'), state({ claims: [claim], classes: [wffc] }))).toEqual({ pass: true });
  });

  it("tells whether all the pod's claims are bound", () => {
    expect(podClaimsBound(pod, state({ claims: [pvc('data')] }))).toBe(false);
    const bound = { ...pvc('data'), status: { phase: 'Bound' } };
    expect(podClaimsBound(pod, state({ claims: [bound] }))).toBe(true);
  });
});
