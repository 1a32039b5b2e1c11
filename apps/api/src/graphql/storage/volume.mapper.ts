import { at, list, str } from '@ksb/resources';
import type { KubeObject } from '@ksb/store';
import { metaOf, optionalText } from '../common/object-meta.type';
import type { PersistentVolume, PersistentVolumeClaim } from './volume.type';

const modes = (value: unknown): string[] => list(value).map((mode) => str(mode));

export function toPersistentVolumeClaim(claim: KubeObject, sandboxId: string): PersistentVolumeClaim {
  const statusModes = modes(at(claim, 'status', 'accessModes'));
  return {
    sandboxId,
    metadata: metaOf(claim),
    phase: str(at(claim, 'status', 'phase'), 'Pending'),
    volumeName: optionalText(at(claim, 'spec', 'volumeName')) || null,
    storageClassName: optionalText(at(claim, 'spec', 'storageClassName')),
    capacity: optionalText(at(claim, 'status', 'capacity', 'storage')),
    requested: optionalText(at(claim, 'spec', 'resources', 'requests', 'storage')),
    accessModes: statusModes.length ? statusModes : modes(at(claim, 'spec', 'accessModes')),
    volumeMode: optionalText(at(claim, 'spec', 'volumeMode')),
    json: claim,
  };
}

export function toPersistentVolume(volume: KubeObject): PersistentVolume {
  const claimRef = at(volume, 'spec', 'claimRef');
  const claimName = str(at(claimRef, 'name'));
  return {
    metadata: metaOf(volume),
    phase: str(at(volume, 'status', 'phase'), 'Pending'),
    capacity: optionalText(at(volume, 'spec', 'capacity', 'storage')),
    accessModes: modes(at(volume, 'spec', 'accessModes')),
    claim: claimName ? `${str(at(claimRef, 'namespace'))}/${claimName}` : null,
    reclaimPolicy: str(at(volume, 'spec', 'persistentVolumeReclaimPolicy'), 'Retain'),
    storageClassName: optionalText(at(volume, 'spec', 'storageClassName')),
    volumeMode: optionalText(at(volume, 'spec', 'volumeMode')),
    json: volume,
  };
}
