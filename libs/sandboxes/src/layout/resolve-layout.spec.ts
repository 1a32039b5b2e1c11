import { DomainError } from '@ksb/errors';
import { resolveLayout } from './resolve-layout';

const causesOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as DomainError).details.causes?.map((c) => c.field);
  }
  throw new Error('expected an error');
};

describe('resolveLayout', () => {
  it('expands a uniform request to node-1..node-N', () => {
    const nodes = resolveLayout({ count: 3, cpu: '2', memory: '4Gi', labels: { disk: 'ssd' } }, undefined);
    expect(nodes.map((n) => n.name)).toEqual(['node-1', 'node-2', 'node-3']);
    expect(nodes[0]).toMatchObject({ role: 'worker', maxPods: 110, labels: { disk: 'ssd' }, taints: [] });
  });

  it('uses the standard preset by default: a tainted control plane and two workers', () => {
    const nodes = resolveLayout(undefined, undefined);
    expect(nodes.map((n) => n.name)).toEqual(['control-plane', 'node-1', 'node-2']);
    expect(nodes[0].taints).toEqual([{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]);
  });

  it('names every bad field', () => {
    expect(
      causesOf(() =>
        resolveLayout(
          {
            count: 0,
            cpu: 'two',
            memory: '4GB',
            labels: { 'bad key!': 'x' },
            taints: [{ key: 'k', effect: 'Sometimes' as never }],
          },
          undefined,
        ),
      ),
    ).toEqual(['nodes.count', 'nodes.cpu', 'nodes.memory', 'nodes.labels[bad key!]', 'nodes.taints[0].effect']);
  });

  it('rejects unknown presets and both forms at once', () => {
    expect(causesOf(() => resolveLayout(undefined, 'huge'))).toEqual(['preset']);
    expect(causesOf(() => resolveLayout({ count: 1, cpu: '1', memory: '1Gi' }, 'single'))).toEqual(['preset']);
  });
});
