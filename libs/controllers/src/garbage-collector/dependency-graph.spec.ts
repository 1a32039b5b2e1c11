import type { KubeObject } from '@ksb/store';
import { type GraphObject, planGarbageCollection, withoutFinalizer, withoutOwnerReferences } from './dependency-graph';
import { resolveKind } from './gc-resources';

interface Options {
  namespace?: string;
  owners?: GraphObject[];
  refs?: Array<{ apiVersion: string; kind: string; name: string; uid: string; blockOwnerDeletion?: boolean }>;
  deleting?: boolean;
  finalizers?: string[];
  block?: boolean;
}

const KINDS: Record<string, [string, string]> = {
  'deployments.apps': ['apps/v1', 'Deployment'],
  'replicasets.apps': ['apps/v1', 'ReplicaSet'],
  pods: ['v1', 'Pod'],
  nodes: ['v1', 'Node'],
  'leases.coordination.k8s.io': ['coordination.k8s.io/v1', 'Lease'],
  configmaps: ['v1', 'ConfigMap'],
};

function item(resource: string, name: string, options: Options = {}): GraphObject {
  const [apiVersion, kind] = KINDS[resource];
  const refs = [
    ...(options.owners ?? []).map((owner) => {
      const [ownerApiVersion, ownerKind] = KINDS[owner.resource];
      return {
        apiVersion: ownerApiVersion,
        kind: ownerKind,
        name: owner.object.metadata.name ?? '',
        uid: owner.object.metadata.uid ?? '',
        controller: true,
        blockOwnerDeletion: options.block ?? true,
      };
    }),
    ...(options.refs ?? []),
  ];
  const object: KubeObject = {
    apiVersion,
    kind,
    metadata: {
      name,
      namespace: resource === 'nodes' ? '' : (options.namespace ?? 'default'),
      uid: `uid-${options.namespace ?? 'default'}-${name}`,
      ...(refs.length ? { ownerReferences: refs } : {}),
      ...(options.deleting ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}),
      ...(options.finalizers ? { finalizers: options.finalizers } : {}),
    },
  };
  return { resource, object };
}

const plan = (...items: GraphObject[]) => planGarbageCollection(items, resolveKind);
const names = (list: Array<{ target: GraphObject }>) => list.map((a) => a.target.object.metadata.name);

describe('planGarbageCollection', () => {
  it('does nothing while every owner is there', () => {
    const deployment = item('deployments.apps', 'web');
    const rs = item('replicasets.apps', 'web-1', { owners: [deployment] });
    expect(plan(deployment, rs, item('pods', 'web-1-a', { owners: [rs] }))).toEqual({
      removeOwnerReferences: [],
      deletes: [],
      removeFinalizers: [],
    });
  });

  it('deletes dependents whose owners are gone, recreated (other uid) or in another namespace', () => {
    const gone = item('replicasets.apps', 'gone');
    const elsewhere = item('replicasets.apps', 'rs', { namespace: 'other' });
    const recreated = { ...item('replicasets.apps', 'rs'), object: { ...item('replicasets.apps', 'rs').object } };
    recreated.object.metadata = { ...recreated.object.metadata, uid: 'new-uid' };
    const result = plan(
      recreated,
      elsewhere,
      item('pods', 'a', { owners: [gone] }),
      item('pods', 'b', { owners: [item('replicasets.apps', 'rs')] }),
      item('pods', 'c', { owners: [elsewhere] }),
    );
    expect(result.deletes.map((d) => [d.target.object.metadata.name, d.policy])).toEqual([
      ['a', 'Background'],
      ['b', 'Background'],
      ['c', 'Background'],
    ]);
    expect(result.deletes[0].absentOwners).toEqual([expect.objectContaining({ name: 'gone' })]);
  });

  it('resolves cluster-scoped owners and never decides on unknown kinds or namespaced owners of cluster objects', () => {
    const node = item('nodes', 'node-1');
    const lease = item('leases.coordination.k8s.io', 'node-1', { namespace: 'kube-node-lease', owners: [node] });
    const strange = item('pods', 'p', {
      refs: [{ apiVersion: 'example.com/v1', kind: 'Widget', name: 'w', uid: 'w' }],
    });
    const clusterDependent = item('nodes', 'n2', {
      refs: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'c', uid: 'c' }],
    });
    expect(plan(node, lease, strange, clusterDependent).deletes).toEqual([]);
    expect(names(plan(lease, strange).deletes)).toEqual(['node-1']);
  });

  it('keeps a dependent with another owner and drops the reference to the absent one', () => {
    const kept = item('configmaps', 'owner');
    const gone = item('configmaps', 'gone');
    const result = plan(kept, item('pods', 'p', { owners: [kept, gone] }));
    expect(result.deletes).toEqual([]);
    expect(result.removeOwnerReferences).toEqual([
      expect.objectContaining({
        uids: [gone.object.metadata.uid],
        absentOwners: [expect.objectContaining({ name: 'gone' })],
      }),
    ]);
  });

  it('foreground: deletes dependents (owners of their own in the foreground) and waits for blocking ones', () => {
    const deployment = item('deployments.apps', 'web', { deleting: true, finalizers: ['foregroundDeletion'] });
    const rs = item('replicasets.apps', 'web-1', { owners: [deployment] });
    const pod = item('pods', 'web-1-a', { owners: [rs] });
    const result = plan(deployment, rs, pod);
    expect(result.deletes.map((d) => [d.target.object.metadata.name, d.policy])).toEqual([['web-1', 'Foreground']]);
    expect(result.removeFinalizers).toEqual([]);

    // The ReplicaSet now deletes in the foreground: its pod goes in the background, both owners wait.
    const deletingRs = item('replicasets.apps', 'web-1', {
      owners: [deployment],
      deleting: true,
      finalizers: ['foregroundDeletion'],
    });
    const next = plan(deployment, deletingRs, pod);
    expect(next.deletes.map((d) => [d.target.object.metadata.name, d.policy])).toEqual([['web-1-a', 'Background']]);
    expect(next.removeFinalizers).toEqual([]);

    // Pod gone: the ReplicaSet's finalizer goes; then the Deployment's.
    expect(names(plan(deployment, deletingRs).removeFinalizers)).toEqual(['web-1']);
    expect(names(plan(deployment).removeFinalizers)).toEqual(['web']);
  });

  it('foreground: non-blocking dependents do not hold the owner', () => {
    const owner = item('configmaps', 'owner', { deleting: true, finalizers: ['foregroundDeletion'] });
    const loose = item('pods', 'p', { owners: [owner], block: false });
    const result = plan(owner, loose);
    expect(names(result.removeFinalizers)).toEqual(['owner']);
    expect(names(result.deletes)).toEqual(['p']);
  });

  it('foreground: a dependent with another live owner only loses the reference', () => {
    const owner = item('configmaps', 'owner', { deleting: true, finalizers: ['foregroundDeletion'] });
    const other = item('configmaps', 'other');
    const result = plan(owner, other, item('pods', 'p', { owners: [owner, other] }));
    expect(result.deletes).toEqual([]);
    expect(result.removeOwnerReferences).toEqual([expect.objectContaining({ uids: [owner.object.metadata.uid] })]);
  });

  it('orphan: dependents lose the reference, then the owner its finalizer', () => {
    const rs = item('replicasets.apps', 'rs', { deleting: true, finalizers: ['orphan'] });
    const a = item('pods', 'a', { owners: [rs] });
    const b = item('pods', 'b', { owners: [rs], deleting: true });
    const result = plan(rs, a, b);
    expect(result.deletes).toEqual([]);
    expect(names(result.removeOwnerReferences)).toEqual(['a', 'b']);
    expect(result.removeFinalizers).toEqual([{ target: rs, finalizer: 'orphan' }]);
  });

  it('leaves objects being deleted alone, and honours a dependent’s own orphan finalizer', () => {
    const gone = item('replicasets.apps', 'gone');
    const result = plan(
      item('pods', 'terminating', { owners: [gone], deleting: true }),
      item('replicasets.apps', 'keeper', { owners: [item('deployments.apps', 'gone')], finalizers: ['orphan'] }),
    );
    expect(result.deletes.map((d) => [d.target.object.metadata.name, d.policy])).toEqual([['keeper', 'Orphan']]);
  });
});

describe('object edits', () => {
  it('drops owner references and finalizers, removing empty lists', () => {
    const object: KubeObject = {
      metadata: {
        name: 'x',
        ownerReferences: [{ apiVersion: 'v1', kind: 'Pod', name: 'a', uid: 'a' }],
        finalizers: ['orphan', 'example.com/keep'],
      },
    };
    expect(withoutOwnerReferences(object, ['a']).metadata).toEqual({
      name: 'x',
      finalizers: ['orphan', 'example.com/keep'],
    });
    expect(withoutFinalizer(object, 'orphan').metadata.finalizers).toEqual(['example.com/keep']);
    expect(withoutFinalizer(withoutFinalizer(object, 'orphan'), 'example.com/keep').metadata).not.toHaveProperty(
      'finalizers',
    );
  });
});
