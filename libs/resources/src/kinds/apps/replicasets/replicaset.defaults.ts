import type { Defaulter } from '../../../definition/hooks';
import { child, copyObject, setDefault } from '../../shared/json-defaults';
import { defaultPodTemplate } from '../../core/pods/pod-template.defaults';

/** SetDefaults_ReplicaSet (apps/v1). */
export const defaultReplicaSet: Defaulter = (replicaSet) => {
  const copy = copyObject(replicaSet);
  const spec = child(copy, 'spec');
  setDefault(spec, 'replicas', 1);
  defaultPodTemplate(spec);
  return copy;
};
