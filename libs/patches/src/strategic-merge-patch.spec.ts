import type { JsonValue } from './json-value';
import type { PatchSchema } from './patch-schema';
import { applyStrategicMergePatch } from './strategic-merge-patch';

// The merge keys of a pod template, as upstream declares them.
const schema: PatchSchema = (path) => {
  const field = path[path.length - 1];
  if (field === 'containers' || field === 'initContainers' || field === 'env' || field === 'volumes') {
    return { strategy: 'merge', mergeKey: 'name' };
  }
  if (field === 'ports' && path.includes('containers')) return { strategy: 'merge', mergeKey: 'containerPort' };
  if (field === 'volumeMounts') return { strategy: 'merge', mergeKey: 'mountPath' };
  if (field === 'finalizers') return { strategy: 'merge' };
  return undefined;
};

const apply = (original: unknown, patch: unknown) =>
  applyStrategicMergePatch(original as JsonValue, patch as JsonValue, schema);

const deployment = {
  metadata: { name: 'web', labels: { app: 'web' }, finalizers: ['a'] },
  spec: {
    replicas: 2,
    template: {
      spec: {
        containers: [
          { name: 'web', image: 'nginx:1.25', ports: [{ containerPort: 80 }], env: [{ name: 'A', value: '1' }] },
          { name: 'sidecar', image: 'busybox' },
        ],
        tolerations: [{ key: 'x', operator: 'Exists' }],
      },
    },
  },
};

describe('applyStrategicMergePatch', () => {
  it('merges containers by name, as kubectl set image sends', () => {
    const result = apply(deployment, {
      spec: { template: { spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } } },
    });
    expect(result).toMatchObject({
      spec: {
        template: {
          spec: {
            containers: [
              { name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }], env: [{ name: 'A', value: '1' }] },
              { name: 'sidecar', image: 'busybox' },
            ],
          },
        },
      },
    });
  });

  it('adds annotations as kubectl rollout restart does, leaving the rest', () => {
    const result = apply(deployment, {
      spec: {
        template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': '2026-01-01T00:00:00Z' } } },
      },
    }) as { spec: { replicas: number; template: { metadata: object } } };
    expect(result.spec.replicas).toBe(2);
    expect(result.spec.template.metadata).toEqual({
      annotations: { 'kubectl.kubernetes.io/restartedAt': '2026-01-01T00:00:00Z' },
    });
  });

  it('replaces lists without a merge key (tolerations) and deletes keys set to null', () => {
    const result = apply(deployment, {
      metadata: { labels: null },
      spec: { template: { spec: { tolerations: [{ key: 'y', operator: 'Exists' }] } } },
    }) as { metadata: object; spec: { template: { spec: { tolerations: unknown } } } };
    expect(result.metadata).toEqual({ name: 'web', finalizers: ['a'] });
    expect(result.spec.template.spec.tolerations).toEqual([{ key: 'y', operator: 'Exists' }]);
  });

  it('honours $patch delete and replace, and merges primitive lists as sets', () => {
    const deleted = apply(deployment, {
      spec: { template: { spec: { containers: [{ name: 'sidecar', $patch: 'delete' }] } } },
    }) as { spec: { template: { spec: { containers: { name: string }[] } } } };
    expect(deleted.spec.template.spec.containers.map((c) => c.name)).toEqual(['web']);

    const replaced = apply(deployment, {
      spec: { template: { spec: { containers: [{ name: 'only', image: 'x' }, { $patch: 'replace' }] } } },
    }) as { spec: { template: { spec: { containers: unknown[] } } } };
    expect(replaced.spec.template.spec.containers).toEqual([{ name: 'only', image: 'x' }]);

    expect(apply(deployment, { metadata: { finalizers: ['b', 'a'] } })).toMatchObject({
      metadata: { finalizers: ['a', 'b'] },
    });
    expect(apply(deployment, { metadata: { '$deleteFromPrimitiveList/finalizers': ['a'] } })).toMatchObject({
      metadata: { finalizers: [] },
    });
    expect(apply({ spec: { a: 1, b: 2 } }, { spec: { $patch: 'replace', c: 3 } })).toEqual({ spec: { c: 3 } });
  });

  it('orders merged lists by $setElementOrder', () => {
    const result = apply(deployment, {
      spec: {
        template: {
          spec: {
            '$setElementOrder/containers': [{ name: 'sidecar' }, { name: 'web' }],
            containers: [{ name: 'sidecar', image: 'busybox:1.36' }],
          },
        },
      },
    }) as { spec: { template: { spec: { containers: { name: string; image: string }[] } } } };
    expect(result.spec.template.spec.containers.map((c) => `${c.name}=${c.image}`)).toEqual([
      'sidecar=busybox:1.36',
      'web=nginx:1.25',
    ]);
  });

  it('keeps only $retainKeys and rejects list elements without their merge key', () => {
    expect(
      apply(
        { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } } },
        {
          strategy: { $retainKeys: ['type'], type: 'Recreate' },
        },
      ),
    ).toEqual({ strategy: { type: 'Recreate' } });
    expect(() => apply(deployment, { spec: { template: { spec: { containers: [{ image: 'x' }] } } } })).toThrow(
      'does not contain declared merge key: name',
    );
  });
});
