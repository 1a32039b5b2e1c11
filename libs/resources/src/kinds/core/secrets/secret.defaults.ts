import type { Defaulter } from '../../../definition/hooks';
import { copyObject, setDefault } from '../../shared/json-defaults';

/** SetDefaults_Secret. */
export const defaultSecret: Defaulter = (secret) => {
  const copy = copyObject(secret);
  setDefault(copy, 'type', 'Opaque');
  return copy;
};
