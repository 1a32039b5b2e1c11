import type { Defaulter } from '../../../../definition/hooks';
import { child, copyObject, setDefault } from '../../../shared/json-defaults';

/** SetDefaults_PersistentVolume: a hand-made volume is kept after its claim goes (Retain). */
export const defaultPersistentVolume: Defaulter = (volume) => {
  const copy = copyObject(volume);
  const spec = child(copy, 'spec');
  setDefault(spec, 'persistentVolumeReclaimPolicy', 'Retain');
  setDefault(spec, 'volumeMode', 'Filesystem');
  setDefault(child(copy, 'status'), 'phase', 'Pending');
  return copy;
};
