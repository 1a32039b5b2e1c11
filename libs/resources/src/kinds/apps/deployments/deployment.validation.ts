import type { ErrorCause } from '@ksb/errors';
import { invalidValue } from '@ksb/validation';
import type { Validator } from '../../../definition/hooks';
import { record } from '../../../objects/read';
import { nonNegativeErrors } from '../../shared/numbers.validation';
import { withMetadata } from '../../shared/with-metadata';
import {
  replicaSetTemplateErrors,
  selectorImmutableErrors,
  workloadSelectorErrors,
} from '../workloads/workload-selector.validation';
import { deploymentStrategyErrors } from './deployment-strategy.validation';

/** ValidateDeploymentSpec, then (on update) the apps/v1 rule that the selector never changes. */
export const validateDeployment: Validator = withMetadata((deployment, old) => {
  const spec = record(deployment.spec);
  const errors: ErrorCause[] = [
    ...nonNegativeErrors(spec.replicas, 'spec.replicas'),
    ...workloadSelectorErrors(spec, 'empty selector is invalid for deployment'),
    ...replicaSetTemplateErrors(spec),
    ...deploymentStrategyErrors(spec.strategy),
    ...nonNegativeErrors(spec.minReadySeconds, 'spec.minReadySeconds'),
    ...nonNegativeErrors(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit'),
  ];
  const deadline = spec.progressDeadlineSeconds;
  if (typeof deadline === 'number') {
    errors.push(...nonNegativeErrors(deadline, 'spec.progressDeadlineSeconds'));
    const minReady = typeof spec.minReadySeconds === 'number' ? spec.minReadySeconds : 0;
    if (deadline <= minReady) {
      errors.push(invalidValue('spec.progressDeadlineSeconds', deadline, 'must be greater than minReadySeconds'));
    }
  }
  return old ? [...errors, ...selectorImmutableErrors(spec, record(old.spec))] : errors;
});
