import { LEASES } from './leases';

describe('LEASES printer', () => {
  it('prints NAME HOLDER AGE', () => {
    const lease = {
      metadata: { name: 'node-1', namespace: 'kube-node-lease', creationTimestamp: '2025-01-01T00:00:00Z' },
      spec: { holderIdentity: 'node-1', leaseDurationSeconds: 40 },
    };
    expect(LEASES.printer.columns.map((c) => c.name)).toEqual(['Name', 'Holder', 'Age']);
    expect(LEASES.printer.row(lease, new Date('2025-01-08T00:00:00Z'))).toEqual(['node-1', 'node-1', '7d']);
    expect(LEASES.printer.row({ metadata: lease.metadata, spec: {} }, new Date('2025-01-01T00:00:01Z'))[1]).toBe('');
  });
});
