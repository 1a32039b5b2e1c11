import type { Defaulter } from '../../../definition/hooks';
import { childRecords, copyObject, setDefault } from '../../shared/json-defaults';

/** SetDefaults_EndpointPort for every subset. */
export const defaultEndpoints: Defaulter = (endpoints) => {
  const copy = copyObject(endpoints);
  for (const subset of childRecords(copy, 'subsets')) {
    for (const port of childRecords(subset, 'ports')) setDefault(port, 'protocol', 'TCP');
  }
  return copy;
};
