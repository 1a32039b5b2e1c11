import { assume, createSnapshot } from '../snapshot';
import { schedule, scheduleOne } from '../schedule';
import {
  info,
  makeClaim,
  makeClass,
  makeNode,
  makePod,
  makeVolume,
  standardCluster,
  withClaims,
} from '../test-fixtures';
import type { PersistentVolume, PersistentVolumeClaim, Pod, StorageClass } from '../types';
import {
  claimKey,
  findPodVolumes,
  volumeBindingFilter,
  volumeBindingPreFilter,
  type VolumeCatalog,
} from './volume-binding';

const catalog = (
  claims: PersistentVolumeClaim[] = [],
  volumes: PersistentVolume[] = [],
  classes: StorageClass[] = [],
): VolumeCatalog => ({
  claims: new Map(claims.map((c) => [claimKey('default', c.metadata?.name ?? ''), c])),
  volumes: new Map(volumes.map((v) => [v.metadata?.name ?? '', v])),
  classes: new Map(classes.map((c) => [c.metadata?.name ?? '', c])),
});

const WFFC = makeClass('local', 'WaitForFirstConsumer', 'kubernetes.io/no-provisioner');
const DYNAMIC = makeClass('standard', 'WaitForFirstConsumer');
const pod = withClaims(makePod('p'), 'data');

function filterOn(node: string, c: VolumeCatalog, p: Pod = pod) {
  const pre = volumeBindingPreFilter(p, c);
  if (pre.status !== 'ok') throw new Error(pre.status);
  return volumeBindingFilter(pre.claims, info(makeNode(node)), c);
}

describe('VolumeBinding PreFilter', () => {
  it('skips pods without claims', () => {
    expect(volumeBindingPreFilter(makePod('p'), catalog())).toEqual({ status: 'skip' });
  });

  it('rejects a missing claim with the lister error', () => {
    expect(volumeBindingPreFilter(pod, catalog())).toEqual({
      status: 'rejected',
      message: 'persistentvolumeclaim "data" not found',
    });
  });

  it('words a missing generic ephemeral claim as waiting for its controller', () => {
    const ephemeral: Pod = {
      ...makePod('web'),
      spec: { ...makePod('web').spec, volumes: [{ name: 'scratch', ephemeral: {} }] },
    };
    expect(volumeBindingPreFilter(ephemeral, catalog())).toEqual({
      status: 'rejected',
      message: 'waiting for ephemeral volume controller to create the persistentvolumeclaim "web-scratch"',
    });
  });

  it('rejects lost and terminating claims', () => {
    const lost = { ...makeClaim('data', { volumeName: 'gone' }), status: { phase: 'Lost' } };
    expect(volumeBindingPreFilter(pod, catalog([lost]))).toMatchObject({
      message: 'persistentvolumeclaim "data" bound to non-existent persistentvolume "gone"',
    });
    const deleting = { ...makeClaim('data'), metadata: { name: 'data', namespace: 'default', deletionTimestamp: 'x' } };
    expect(volumeBindingPreFilter(pod, catalog([deleting]))).toMatchObject({
      message: 'persistentvolumeclaim "data" is being deleted',
    });
  });

  it('rejects unbound claims of Immediate, missing or no class until the PV controller binds them', () => {
    const immediate = makeClass('fast', 'Immediate');
    for (const storageClassName of ['fast', 'nope', undefined]) {
      expect(volumeBindingPreFilter(pod, catalog([makeClaim('data', { storageClassName })], [], [immediate]))).toEqual({
        status: 'rejected',
        message: 'pod has unbound immediate PersistentVolumeClaims',
      });
    }
  });

  it('sorts bound and WaitForFirstConsumer claims', () => {
    const p = withClaims(makePod('p'), 'a', 'b');
    const claims = [makeClaim('a', { volumeName: 'pv-a', bound: true }), makeClaim('b', { storageClassName: 'local' })];
    const result = volumeBindingPreFilter(p, catalog(claims, [makeVolume('pv-1')], [WFFC]));
    expect(result).toMatchObject({ status: 'ok', claims: { bound: [claims[0]], delayed: [claims[1]] } });
  });
});

describe('VolumeBinding Filter', () => {
  it('requires a bound claim PV whose node affinity admits the node', () => {
    const c = catalog(
      [makeClaim('data', { volumeName: 'pv', bound: true })],
      [makeVolume('pv', { node: 'node-1', claim: 'data' })],
    );
    expect(filterOn('node-1', c).pass).toBe(true);
    expect(filterOn('node-2', c)).toEqual({
      pass: false,
      plugin: 'VolumeBinding',
      reasons: ['node(s) had volume node affinity conflict'],
      unresolvable: true,
    });
  });

  it('reports a bound claim whose PV is gone', () => {
    const c = catalog([makeClaim('data', { volumeName: 'pv', bound: true })]);
    expect(filterOn('node-1', c)).toMatchObject({
      reasons: ['node(s) unavailable due to one or more pvc(s) bound to non-existent pv(s)'],
    });
  });

  it('finds an available local PV on the node for a WaitForFirstConsumer claim', () => {
    const c = catalog(
      [makeClaim('data', { storageClassName: 'local' })],
      [makeVolume('pv-1', { node: 'node-1' })],
      [WFFC],
    );
    expect(filterOn('node-1', c).pass).toBe(true);
    expect(filterOn('node-2', c)).toMatchObject({
      reasons: ["node(s) didn't find available persistent volumes to bind"],
      unresolvable: true,
    });
  });

  it('skips PVs that are too small, bound elsewhere, of another class, mode or access mode, or not Available', () => {
    const claim = makeClaim('data', { storageClassName: 'local', size: '5Gi', accessModes: ['ReadWriteMany'] });
    const volumes: PersistentVolume[] = [
      makeVolume('small', { size: '1Gi' }),
      makeVolume('taken', { size: '10Gi', claim: 'other' }),
      makeVolume('other-class', { size: '10Gi', storageClassName: 'nfs' }),
      makeVolume('released', { size: '10Gi', phase: 'Released' }),
      {
        ...makeVolume('block', { size: '10Gi' }),
        spec: { ...makeVolume('block', { size: '10Gi' }).spec, volumeMode: 'Block' },
      },
      makeVolume('rwo', { size: '10Gi' }),
    ];
    expect(filterOn('node-1', catalog([claim], volumes, [WFFC])).pass).toBe(false);
    const rwx = makeVolume('rwx', { size: '10Gi' });
    const fits = { ...rwx, spec: { ...rwx.spec, accessModes: ['ReadWriteMany'] } };
    expect(filterOn('node-1', catalog([claim], [...volumes, fits], [WFFC])).pass).toBe(true);
  });

  it('prefers a PV pre-bound to the claim, then the smallest that fits', () => {
    const claim = makeClaim('data', { storageClassName: 'local', size: '2Gi' });
    const pre = volumeBindingPreFilter(pod, catalog([claim], [], [WFFC]));
    if (pre.status !== 'ok') throw new Error(pre.status);
    const volumes = [makeVolume('big', { size: '10Gi' }), makeVolume('snug', { size: '3Gi' })];
    pre.claims.volumesByClass.set('local', volumes);
    const node = makeNode('node-1');
    expect(findPodVolumes(pre.claims, node, catalog([claim], volumes, [WFFC])).decision.bindings[0].volume).toBe(
      volumes[1],
    );
    const reserved = makeVolume('reserved', { size: '20Gi', claim: 'data', phase: 'Available' });
    pre.claims.volumesByClass.set('local', [...volumes, reserved]);
    expect(findPodVolumes(pre.claims, node, catalog()).decision.bindings[0].volume).toBe(reserved);
  });

  it('provisions when no PV matches and the class has a provisioner whose topology allows the node', () => {
    const c = catalog([makeClaim('data', { storageClassName: 'standard' })], [], [DYNAMIC]);
    expect(filterOn('node-1', c).pass).toBe(true);
    const zoned: StorageClass = {
      ...DYNAMIC,
      allowedTopologies: [{ matchLabelExpressions: [{ key: 'kubernetes.io/hostname', values: ['node-2'] }] }],
    };
    const limited = catalog([makeClaim('data', { storageClassName: 'standard' })], [], [zoned]);
    expect(filterOn('node-1', limited).pass).toBe(false);
    expect(filterOn('node-2', limited).pass).toBe(true);
  });

  it('keeps a claim already given a node (selected-node) to that node', () => {
    const claim = makeClaim('data', { storageClassName: 'standard' });
    const selected = {
      ...claim,
      metadata: { ...claim.metadata, annotations: { 'volume.kubernetes.io/selected-node': 'node-2' } },
    };
    const c = catalog([selected], [], [DYNAMIC]);
    expect(filterOn('node-1', c).pass).toBe(false);
    expect(filterOn('node-2', c).pass).toBe(true);
  });
});

describe('VolumeBinding in a scheduling cycle', () => {
  const withStorage = (
    claims: PersistentVolumeClaim[],
    volumes: PersistentVolume[] = [],
    classes: StorageClass[] = [],
  ) =>
    createSnapshot({
      nodes: standardCluster(),
      persistentVolumeClaims: claims,
      persistentVolumes: volumes,
      storageClasses: classes,
    });

  it('words a missing claim as upstream does: the PreFilter message, no histogram', () => {
    expect(scheduleOne(pod, withStorage([]))).toMatchObject({
      scheduled: false,
      message:
        '0/3 nodes are available: persistentvolumeclaim "data" not found. ' +
        'preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
      filters: { 'node-1': { plugin: 'VolumeBinding', unresolvable: true } },
    });
  });

  it('words an unbound immediate claim', () => {
    expect(scheduleOne(pod, withStorage([makeClaim('data')]))).toMatchObject({
      message:
        '0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. ' +
        'preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
    });
  });

  it('says which nodes lack a volume, after the filters that ran first', () => {
    const snapshot = withStorage([makeClaim('data', { storageClassName: 'local' })], [], [WFFC]);
    expect(scheduleOne(pod, snapshot)).toMatchObject({
      message:
        '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, ' +
        "2 node(s) didn't find available persistent volumes to bind. " +
        'preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
    });
  });

  it('follows a bound claim to its volume node', () => {
    const snapshot = withStorage(
      [makeClaim('data', { volumeName: 'pv', bound: true })],
      [makeVolume('pv', { node: 'node-2', claim: 'data' })],
    );
    expect(scheduleOne(pod, snapshot)).toMatchObject({ scheduled: true, node: 'node-2' });
  });

  it('plans static bindings and provisioning, and assume takes them for later pods', () => {
    const snapshot = withStorage(
      [
        makeClaim('a', { storageClassName: 'local' }),
        makeClaim('b', { storageClassName: 'local' }),
        makeClaim('c', { storageClassName: 'standard' }),
      ],
      [makeVolume('pv-1', { node: 'node-1' })],
      [WFFC, DYNAMIC],
    );
    const first = scheduleOne(withClaims(makePod('p1'), 'a', 'c'), snapshot);
    expect(first).toMatchObject({
      scheduled: true,
      node: 'node-1',
      volumeBinding: { bindings: [{ claim: 'a', volume: 'pv-1' }], provisions: ['c'] },
    });
    assume(snapshot, withClaims(makePod('p1'), 'a', 'c'), 'node-1');
    expect(snapshot.volumes.volumes.get('pv-1')?.spec?.claimRef).toEqual({
      namespace: 'default',
      name: 'a',
      uid: 'uid-a',
    });
    expect(snapshot.volumes.claims.get('default/c')?.metadata?.annotations).toEqual({
      'volume.kubernetes.io/selected-node': 'node-1',
    });
    // The only local PV is taken now: a second claim of that class finds none.
    expect(scheduleOne(withClaims(makePod('p2'), 'b'), snapshot)).toMatchObject({ scheduled: false });
    // The provisioned claim stays with its node.
    expect(scheduleOne(withClaims(makePod('p3'), 'c'), snapshot)).toMatchObject({ node: 'node-1' });
  });

  it('keeps working through schedule() for pods without claims', () => {
    expect(schedule(makePod('p'), standardCluster(), {})).toMatchObject({ scheduled: true });
  });
});
