import type { Validator } from '../../../definition/hooks';
import { record } from '../../../objects/read';
import { nonNegativeErrors } from '../../shared/numbers.validation';
import { withMetadata } from '../../shared/with-metadata';
import { podTemplateErrors } from '../../core/pods/pod-template.validation';
import {
  restartAlwaysErrors,
  selectorImmutableErrors,
  templateMatchErrors,
  workloadSelectorErrors,
} from '../workloads/workload-selector.validation';
import { daemonSetStrategyErrors } from './daemonset-strategy.validation';

/** ValidateDaemonSetSpec: upstream checks the template match before the empty selector here. */
export const validateDaemonSet: Validator = withMetadata((daemonSet, old) => {
  const spec = record(daemonSet.spec);
  const selector = workloadSelectorErrors(spec, 'empty selector is invalid for daemonset', true);
  const empty = selector.filter((error) => error.field === 'spec.selector');
  const errors = [
    ...selector.filter((error) => error.field !== 'spec.selector'),
    ...templateMatchErrors(spec, undefined),
    ...empty,
    ...podTemplateErrors(spec.template, 'spec.template'),
    ...restartAlwaysErrors(spec, 'DaemonSet'),
    ...nonNegativeErrors(spec.minReadySeconds, 'spec.minReadySeconds'),
    ...daemonSetStrategyErrors(spec.updateStrategy),
    ...nonNegativeErrors(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit'),
  ];
  return old ? [...errors, ...selectorImmutableErrors(spec, record(old.spec))] : errors;
});
