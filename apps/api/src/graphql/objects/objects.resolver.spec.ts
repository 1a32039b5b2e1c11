import type { ObjectsService, Scope } from '@ksb/kube-objects';
import type { KubeObject } from '@ksb/store';
import type { Principal } from '@ksb/tenancy';
import type { SandboxAccess } from '../access/sandbox-access.service';
import type { Sandbox } from '../sandboxes/sandbox.type';
import { ObjectArgs, ObjectsArgs, SandboxObjectsResolver } from './objects.resolver';
import { SandboxObjects } from './sandbox-objects.service';

const secret: KubeObject = {
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name: 'db', namespace: 'default' },
  data: { password: 'aHVudGVyMg==' },
};
const configMap: KubeObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: 'b' } };

/** The resolver over a fake ObjectsService (real resource lookups) and a fake access rule. */
function setup(mayReadSecrets: boolean) {
  const scopes: { scope: Scope; name?: string }[] = [];
  const store = {
    list: (scope: Scope) => {
      scopes.push({ scope });
      const items = scope.kind.storeName === 'secrets' ? [secret] : [configMap];
      return Promise.resolve({ items, resourceVersion: '42' });
    },
    get: (scope: Scope, name: string) => {
      scopes.push({ scope, name });
      return Promise.resolve(secret);
    },
  };
  const reads: string[] = [];
  const access = {
    read: (_principal: Principal, sandboxId: string) => {
      reads.push(sandboxId);
      return Promise.resolve({ id: sandboxId });
    },
    mayReadSecrets: () => mayReadSecrets,
  };
  const resolver = new SandboxObjectsResolver(
    new SandboxObjects(store as unknown as ObjectsService),
    access as unknown as SandboxAccess,
  );
  return { resolver, scopes, reads };
}

const sandbox = { id: 'sb1' } as Sandbox;
const principal = { kind: 'admin' } as Principal;
const listArgs = (resource: string, more: Partial<ObjectsArgs> = {}) =>
  Object.assign(new ObjectsArgs(), { resource, ...more });
const getArgs = (resource: string, name: string, namespace?: string) =>
  Object.assign(new ObjectArgs(), { resource, name, namespace });

describe('SandboxObjectsResolver', () => {
  it('lists any kind by the names kubectl accepts, without reading access for kinds other than Secrets', async () => {
    const { resolver, scopes, reads } = setup(false);
    const page = await resolver.objectsOf(sandbox, principal, listArgs('cm', { namespace: 'default', first: 5 }));
    expect(page.nodes.map((node) => [node.kind, node.metadata.name])).toEqual([['ConfigMap', 'c']]);
    expect(page.resourceVersion).toBe('42');
    expect(scopes[0].scope).toMatchObject({ sandboxId: 'sb1', namespace: 'default' });
    expect(scopes[0].scope.kind.storeName).toBe('configmaps');
    await resolver.objectsOf(sandbox, principal, listArgs('deployments.apps'));
    await resolver.objectsOf(sandbox, principal, listArgs('Ingress'));
    expect(scopes.map((entry) => entry.scope.kind.storeName).slice(1)).toEqual([
      'deployments.apps',
      'ingresses.networking.k8s.io',
    ]);
    expect(reads).toEqual([]);
  });

  it('redacts Secrets for a caller who may not read them', async () => {
    const { resolver, reads } = setup(false);
    const page = await resolver.objectsOf(sandbox, principal, listArgs('secrets'));
    expect(page.nodes[0].json.data).toBeUndefined();
    expect(reads).toEqual([]); // decided from the parent Sandbox, no second read
    const one = await resolver.object(sandbox, principal, getArgs('secret', 'db'));
    expect(one.json.data).toBeUndefined();
    expect(one.metadata.name).toBe('db');
  });

  it('shows Secret values to a caller who may write the sandbox', async () => {
    const { resolver } = setup(true);
    const page = await resolver.objectsOf(sandbox, principal, listArgs('Secret'));
    expect(page.nodes[0].json.data).toEqual({ password: 'aHVudGVyMg==' });
  });

  it('reads one object in the default namespace unless told, and cluster-scoped ones without one', async () => {
    const { resolver, scopes } = setup(true);
    await resolver.object(sandbox, principal, getArgs('secrets', 'db'));
    await resolver.object(sandbox, principal, getArgs('secrets', 'db', 'shop'));
    await resolver.object(sandbox, principal, getArgs('no', 'node-1', 'shop'));
    expect(scopes.map((entry) => [entry.scope.kind.storeName, entry.scope.namespace, entry.name])).toEqual([
      ['secrets', 'default', 'db'],
      ['secrets', 'shop', 'db'],
      ['nodes', undefined, 'node-1'],
    ]);
  });

  it('refuses unknown and computed resource types as bad input', async () => {
    const { resolver } = setup(true);
    await expect(resolver.objectsOf(sandbox, principal, listArgs('widgets'))).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(resolver.objectsOf(sandbox, principal, listArgs('nodes.metrics.k8s.io'))).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
