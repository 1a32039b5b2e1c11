import type { Defaulter } from '../../../definition/hooks';
import { child, copyObject, setDefault } from '../../shared/json-defaults';
import { defaultPodTemplate } from '../../core/pods/pod-template.defaults';

/** SetDefaults_Deployment (apps/v1). */
export const defaultDeployment: Defaulter = (deployment) => {
  const copy = copyObject(deployment);
  const spec = child(copy, 'spec');
  setDefault(spec, 'replicas', 1);
  const strategy = child(spec, 'strategy');
  setDefault(strategy, 'type', 'RollingUpdate');
  // Only a rolling update has surge and unavailability budgets; Recreate with rollingUpdate is a validation error.
  if (strategy.type === 'RollingUpdate') {
    const rollingUpdate = child(strategy, 'rollingUpdate');
    setDefault(rollingUpdate, 'maxUnavailable', '25%');
    setDefault(rollingUpdate, 'maxSurge', '25%');
  }
  setDefault(spec, 'revisionHistoryLimit', 10);
  setDefault(spec, 'progressDeadlineSeconds', 600);
  defaultPodTemplate(spec);
  return copy;
};
