import type { Defaulter } from '../../../definition/hooks';
import { child, childRecords, copyObject, existingChild, setDefault } from '../../shared/json-defaults';
import { defaultPodTemplate } from '../../core/pods/pod-template.defaults';
import { defaultClaim } from '../../core/volumes/persistentvolumeclaims/pvc.defaults';

/** SetDefaults_StatefulSet (apps/v1, with StatefulSetAutoDeletePVC on as in 1.32). */
export const defaultStatefulSet: Defaulter = (statefulSet) => {
  const copy = copyObject(statefulSet);
  const spec = child(copy, 'spec');
  setDefault(spec, 'podManagementPolicy', 'OrderedReady');
  const strategy = child(spec, 'updateStrategy');
  if (strategy.type === undefined || strategy.type === null || strategy.type === '') {
    strategy.type = 'RollingUpdate';
    child(strategy, 'rollingUpdate');
  }
  const rollingUpdate = existingChild(strategy, 'rollingUpdate');
  if (strategy.type === 'RollingUpdate' && rollingUpdate) setDefault(rollingUpdate, 'partition', 0);
  const retention = child(spec, 'persistentVolumeClaimRetentionPolicy');
  setDefault(retention, 'whenDeleted', 'Retain');
  setDefault(retention, 'whenScaled', 'Retain');
  setDefault(spec, 'replicas', 1);
  setDefault(spec, 'revisionHistoryLimit', 10);
  defaultPodTemplate(spec);
  // Claim templates are PersistentVolumeClaims and get their defaults (volumeMode, Pending status).
  for (const template of childRecords(spec, 'volumeClaimTemplates')) defaultClaim(template);
  return copy;
};
