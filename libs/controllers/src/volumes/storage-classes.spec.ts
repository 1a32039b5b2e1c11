import { defaultClass, wantsDefaultClass } from './storage-classes';
import { pvc, storageClass } from './test-fixtures';

describe('storage classes', () => {
  it('picks the newest default class', () => {
    const older = storageClass('older', {}, true);
    const newer = {
      ...storageClass('newer', {}, true),
      metadata: { ...storageClass('newer', {}, true).metadata, creationTimestamp: '2024-12-02T00:00:00Z' },
    };
    expect(defaultClass([older, storageClass('plain'), newer])?.metadata.name).toBe('newer');
    expect(defaultClass([storageClass('plain')])).toBeUndefined();
  });

  it('assigns the default only to claims naming no class (not "")', () => {
    expect(wantsDefaultClass(pvc('a'))).toBe(true);
    expect(wantsDefaultClass(pvc('b', { storageClassName: '' }))).toBe(false);
  });
});
