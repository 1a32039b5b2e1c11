import { defaultNamespace } from './namespace.defaults';

describe('defaultNamespace', () => {
  it('labels, finalizes and activates a new namespace', () => {
    expect(defaultNamespace({ metadata: { name: 'dev', labels: { team: 'a' } } })).toEqual({
      metadata: { name: 'dev', labels: { team: 'a', 'kubernetes.io/metadata.name': 'dev' } },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    });
  });

  it('keeps the name label in step and leaves a terminating namespace alone', () => {
    const namespace = defaultNamespace({
      metadata: {
        name: 'dev',
        deletionTimestamp: '2025-01-01T00:00:00Z',
        labels: { 'kubernetes.io/metadata.name': 'other' },
      },
      spec: {},
      status: { phase: 'Terminating' },
    });
    expect(namespace.metadata.labels).toEqual({ 'kubernetes.io/metadata.name': 'dev' });
    expect(namespace.spec).toEqual({});
    expect(namespace.status).toEqual({ phase: 'Terminating' });
  });
});
