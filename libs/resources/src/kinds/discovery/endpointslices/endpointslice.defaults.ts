import type { Defaulter } from '../../../definition/hooks';
import { childRecords, copyObject, setDefault } from '../../shared/json-defaults';

/** discovery/v1 SetDefaults_EndpointPort: an unnamed TCP port unless told otherwise. */
export const defaultEndpointSlice: Defaulter = (slice) => {
  const copy = copyObject(slice);
  for (const port of childRecords(copy, 'ports')) {
    setDefault(port, 'name', '');
    setDefault(port, 'protocol', 'TCP');
  }
  return copy;
};
