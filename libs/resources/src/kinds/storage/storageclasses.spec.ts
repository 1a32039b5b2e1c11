import { STORAGE_CLASSES } from './storageclasses';

const NOW = new Date('2025-01-01T00:10:00Z');

describe('STORAGE_CLASSES printer', () => {
  it('prints NAME PROVISIONER RECLAIMPOLICY VOLUMEBINDINGMODE ALLOWVOLUMEEXPANSION AGE', () => {
    expect(STORAGE_CLASSES.printer.columns.map((c) => c.name.toUpperCase())).toEqual([
      'NAME',
      'PROVISIONER',
      'RECLAIMPOLICY',
      'VOLUMEBINDINGMODE',
      'ALLOWVOLUMEEXPANSION',
      'AGE',
    ]);
  });

  it('marks the default class and fills upstream defaults', () => {
    const standard = {
      metadata: {
        name: 'standard',
        creationTimestamp: '2025-01-01T00:00:00Z',
        annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' },
      },
      provisioner: 'rancher.io/local-path',
      reclaimPolicy: 'Delete',
      volumeBindingMode: 'WaitForFirstConsumer',
    };
    expect(STORAGE_CLASSES.printer.row(standard, NOW)).toEqual([
      'standard (default)',
      'rancher.io/local-path',
      'Delete',
      'WaitForFirstConsumer',
      false,
      '10m',
    ]);
    const fast = {
      metadata: { name: 'fast', annotations: { 'storageclass.beta.kubernetes.io/is-default-class': 'false' } },
      provisioner: 'example.com/ssd',
      allowVolumeExpansion: true,
    };
    expect(STORAGE_CLASSES.printer.row(fast, NOW)).toEqual([
      'fast',
      'example.com/ssd',
      'Delete',
      'Immediate',
      true,
      '<unknown>',
    ]);
  });
});
