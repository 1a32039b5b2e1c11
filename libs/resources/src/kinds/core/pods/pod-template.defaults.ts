import type { JsonRecord } from '../../../objects/read';
import { child } from '../../shared/json-defaults';
import { defaultPodSpec } from './pod-spec.defaults';

/** The pod template of a workload (`spec.template`): its spec gets the pod spec defaults. */
export function defaultPodTemplate(workloadSpec: JsonRecord): void {
  defaultPodSpec(child(child(workloadSpec, 'template'), 'spec'));
}
