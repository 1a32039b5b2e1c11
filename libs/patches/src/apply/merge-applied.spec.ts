import type { JsonObject } from '../json-value';
import { mergeApplied } from './merge-applied';
import { podTemplateSchema } from './spec-fixtures';

const containers = (...items: JsonObject[]) => ({ spec: { template: { spec: { containers: items } } } });
const merge = (live: JsonObject, applied: JsonObject) => mergeApplied(live, applied, podTemplateSchema);

describe('mergeApplied', () => {
  it('merges containers by name and fields within them', () => {
    const live = containers(
      { name: 'web', image: 'nginx:1.25', imagePullPolicy: 'IfNotPresent' },
      { name: 'sidecar', image: 'busybox' },
    );
    expect(merge(live, containers({ name: 'web', image: 'nginx:1.27' }))).toEqual(
      containers(
        { name: 'web', image: 'nginx:1.27', imagePullPolicy: 'IfNotPresent' },
        { name: 'sidecar', image: 'busybox' },
      ),
    );
  });

  it('orders as upstream: live-only items keep their place, shared and new items follow the applied order', () => {
    const live = containers({ name: 'a' }, { name: 'x' }, { name: 'b' });
    const result = merge(live, containers({ name: 'b' }, { name: 'new' }, { name: 'a' }));
    const names = (((result.spec as JsonObject).template as JsonObject).spec as JsonObject).containers as JsonObject[];
    expect(names.map((container) => container.name)).toEqual(['x', 'b', 'new', 'a']);
  });

  it('unions sets, replaces atomic lists and scalars, and unsets on null', () => {
    const live = { metadata: { finalizers: ['a'] }, spec: { replicas: 2, tolerations: [{ key: 'x' }], paused: true } };
    const applied = {
      metadata: { finalizers: ['b', 'a'] },
      spec: { replicas: 3, tolerations: [{ key: 'y' }], paused: null },
    };
    expect(merge(live, applied)).toEqual({
      metadata: { finalizers: ['b', 'a'] },
      spec: { replicas: 3, tolerations: [{ key: 'y' }] },
    });
  });

  it('does not modify its inputs', () => {
    const live = containers({ name: 'web', image: 'a' });
    const applied = containers({ name: 'web', image: 'b' });
    merge(live, applied);
    expect(live).toEqual(containers({ name: 'web', image: 'a' }));
  });
});
