import type { Validator } from '../../../definition/hooks';
import { record } from '../../../objects/read';
import { nonNegativeErrors } from '../../shared/numbers.validation';
import { withMetadata } from '../../shared/with-metadata';
import {
  replicaSetTemplateErrors,
  selectorImmutableErrors,
  workloadSelectorErrors,
} from '../workloads/workload-selector.validation';

/** ValidateReplicaSetSpec (upstream's empty-selector message says "deployment" here too). */
export const validateReplicaSet: Validator = withMetadata((replicaSet, old) => {
  const spec = record(replicaSet.spec);
  const errors = [
    ...nonNegativeErrors(spec.replicas, 'spec.replicas'),
    ...nonNegativeErrors(spec.minReadySeconds, 'spec.minReadySeconds'),
    ...workloadSelectorErrors(spec, 'empty selector is invalid for deployment'),
    ...replicaSetTemplateErrors(spec),
  ];
  return old ? [...errors, ...selectorImmutableErrors(spec, record(old.spec))] : errors;
});
