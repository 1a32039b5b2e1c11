import type { JsonRecord } from '../../../objects/read';
import { childRecords, setDefault } from '../../shared/json-defaults';
import { defaultContainer } from './container.defaults';
import { defaultVolume } from './volume.defaults';

/** SetDefaults_PodSpec with its containers and volumes: what pods and pod templates share. */
export function defaultPodSpec(spec: JsonRecord): void {
  setDefault(spec, 'dnsPolicy', 'ClusterFirst');
  setDefault(spec, 'restartPolicy', 'Always');
  setDefault(spec, 'securityContext', {});
  setDefault(spec, 'terminationGracePeriodSeconds', 30);
  setDefault(spec, 'schedulerName', 'default-scheduler');
  for (const container of childRecords(spec, 'initContainers')) defaultContainer(container);
  for (const container of childRecords(spec, 'containers')) defaultContainer(container);
  for (const volume of childRecords(spec, 'volumes')) defaultVolume(volume);
}
