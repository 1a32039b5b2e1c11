import type { Defaulter } from '../../../../definition/hooks';
import type { JsonRecord } from '../../../../objects/read';
import { child, copyObject, setDefault } from '../../../shared/json-defaults';

/** SetDefaults_PersistentVolumeClaim(Spec): also applied to StatefulSet claim templates. */
export function defaultClaim(claim: JsonRecord): void {
  setDefault(child(claim, 'spec'), 'volumeMode', 'Filesystem');
  setDefault(child(claim, 'status'), 'phase', 'Pending');
}

export const defaultPersistentVolumeClaim: Defaulter = (claim) => {
  const copy = copyObject(claim);
  defaultClaim(copy);
  return copy;
};
