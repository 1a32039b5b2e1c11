import type { Defaulter } from '../../../definition/hooks';
import { child, copyObject, setDefault } from '../../shared/json-defaults';
import { defaultPodTemplate } from '../../core/pods/pod-template.defaults';

/** SetDefaults_DaemonSet (apps/v1). */
export const defaultDaemonSet: Defaulter = (daemonSet) => {
  const copy = copyObject(daemonSet);
  const spec = child(copy, 'spec');
  const strategy = child(spec, 'updateStrategy');
  setDefault(strategy, 'type', 'RollingUpdate');
  if (strategy.type === 'RollingUpdate') {
    const rollingUpdate = child(strategy, 'rollingUpdate');
    setDefault(rollingUpdate, 'maxUnavailable', 1);
    setDefault(rollingUpdate, 'maxSurge', 0);
  }
  setDefault(spec, 'revisionHistoryLimit', 10);
  defaultPodTemplate(spec);
  return copy;
};
