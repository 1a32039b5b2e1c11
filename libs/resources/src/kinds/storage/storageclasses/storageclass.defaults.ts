import type { Defaulter } from '../../../definition/hooks';
import { copyObject, setDefault } from '../../shared/json-defaults';

/** SetDefaults_StorageClass: provisioned volumes are deleted with their claims and bound at once. */
export const defaultStorageClass: Defaulter = (storageClass) => {
  const copy = copyObject(storageClass);
  setDefault(copy, 'reclaimPolicy', 'Delete');
  setDefault(copy, 'volumeBindingMode', 'Immediate');
  return copy;
};
