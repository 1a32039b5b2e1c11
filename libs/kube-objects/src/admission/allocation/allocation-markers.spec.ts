import { DomainError } from '@ksb/errors';
import type { StoredObject } from '@ksb/store';
import { claimOp, CLUSTER_IP_MARKERS, isAllocationRace, NODE_PORT_MARKERS, releaseOp } from './allocation-markers';

const marker = (name: string, revision: number, service: object): StoredObject => ({
  key: { sandboxId: 'sb', resource: CLUSTER_IP_MARKERS, namespace: '', name },
  uid: 'u',
  revision,
  object: { metadata: { name }, spec: { service } },
});

describe('allocation markers', () => {
  const owner = { namespace: 'default', name: 'web', uid: 'u1' };

  it('creates a marker for a fresh value and takes a stale one over at its revision', () => {
    expect(claimOp(CLUSTER_IP_MARKERS, '10.96.1.2', owner, new Map())).toEqual({
      op: 'create',
      resource: CLUSTER_IP_MARKERS,
      namespace: '',
      object: {
        apiVersion: 'allocations.ksb/v1',
        kind: 'ClusterIPAllocation',
        metadata: { name: '10.96.1.2' },
        spec: { service: owner },
      },
    });
    const stale = new Map([['10.96.1.2', marker('10.96.1.2', 7, { namespace: 'default', name: 'old' })]]);
    expect(claimOp(CLUSTER_IP_MARKERS, '10.96.1.2', owner, stale)).toMatchObject({
      op: 'update',
      name: '10.96.1.2',
      expectRevision: 7,
    });
  });

  it('releases only markers that still name the owner', () => {
    const markers = new Map([
      ['a', marker('a', 3, owner)],
      ['b', marker('b', 4, { namespace: 'default', name: 'other' })],
      ['c', marker('c', 5, { ...owner, uid: 'u2' })],
    ]);
    expect(releaseOp(CLUSTER_IP_MARKERS, 'a', owner, markers)).toEqual([
      { op: 'delete', resource: CLUSTER_IP_MARKERS, namespace: '', name: 'a', expectRevision: 3 },
    ]);
    expect(releaseOp(CLUSTER_IP_MARKERS, 'b', owner, markers)).toEqual([]);
    expect(releaseOp(CLUSTER_IP_MARKERS, 'c', owner, markers)).toEqual([]);
    expect(releaseOp(CLUSTER_IP_MARKERS, 'missing', owner, markers)).toEqual([]);
  });

  it('tells lost races on markers from failures of the object itself', () => {
    expect(isAllocationRace(new DomainError('ALREADY_EXISTS', `${NODE_PORT_MARKERS} "30080" already exists`))).toBe(
      true,
    );
    expect(
      isAllocationRace(new DomainError('CONFLICT', `Operation cannot be fulfilled on ${CLUSTER_IP_MARKERS} "x"`)),
    ).toBe(true);
    expect(isAllocationRace(new DomainError('ALREADY_EXISTS', 'services "web" already exists'))).toBe(false);
    expect(isAllocationRace(new DomainError('INVALID', `${CLUSTER_IP_MARKERS} "x"`))).toBe(false);
    expect(isAllocationRace(new Error(`${CLUSTER_IP_MARKERS} "x"`))).toBe(false);
  });
});
