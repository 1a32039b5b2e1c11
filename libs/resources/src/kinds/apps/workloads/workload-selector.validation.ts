import type { ErrorCause } from '@ksb/errors';
import { goLiteral, goStringMap, invalidValue, requiredValue, unsupportedValue, forbiddenValue } from '@ksb/validation';
import { isRecord, record, stringMap, str, type JsonRecord } from '../../../objects/read';
import { labelSelectorLiteral } from '../../shared/go-literals';
import { immutableErrors } from '../../shared/immutable.validation';
import { isEmptySelector, labelSelectorErrors } from '../../shared/label-selector.validation';
import { selectorMatcher } from '../../shared/selector-matcher';
import { podTemplateErrors } from '../../core/pods/pod-template.validation';

// What the apps/v1 workloads share: spec.selector, its match with the template labels, the Always restart policy.

const selectorValue = (spec: JsonRecord) => goLiteral(labelSelectorLiteral(spec.selector));

/**
 * spec.selector must be present (unless `optional`, as for DaemonSets), valid and not empty.
 * `emptyMessage` is upstream's wording per kind (ReplicaSets say "for deployment" too).
 */
export function workloadSelectorErrors(spec: JsonRecord, emptyMessage: string, optional = false): ErrorCause[] {
  if (spec.selector === undefined || spec.selector === null) return optional ? [] : [requiredValue('spec.selector')];
  const errors = labelSelectorErrors(spec.selector, 'spec.selector');
  if (isEmptySelector(spec.selector)) errors.push(invalidValue('spec.selector', selectorValue(spec), emptyMessage));
  return errors;
}

/**
 * The template's labels must be selected by spec.selector. An absent selector selects nothing (so it never
 * matches); `invalidDetail` is the message for a selector that cannot be converted, undefined to stay silent.
 */
export function templateMatchErrors(spec: JsonRecord, invalidDetail: string | undefined): ErrorCause[] {
  const matcher = selectorMatcher(spec.selector);
  if (!matcher)
    return invalidDetail === undefined ? [] : [invalidValue('spec.selector', selectorValue(spec), invalidDetail)];
  const metadata = record(record(spec.template).metadata);
  if (matcher.empty || matcher.matches(metadata.labels)) return [];
  const labels = isRecord(metadata.labels) ? stringMap(metadata.labels) : undefined;
  return [
    invalidValue(
      'spec.template.metadata.labels',
      goLiteral(goStringMap(labels)),
      '`selector` does not match template `labels`',
    ),
  ];
}

/** Pods of controllers restart forever: Always is the only restart policy, and no deadline. */
export function restartAlwaysErrors(spec: JsonRecord, kind: string): ErrorCause[] {
  const podSpec = record(record(spec.template).spec);
  const errors: ErrorCause[] = [];
  if (podSpec.restartPolicy !== 'Always') {
    errors.push(unsupportedValue('spec.template.spec.restartPolicy', str(podSpec.restartPolicy), ['Always']));
  }
  if (podSpec.activeDeadlineSeconds !== undefined && podSpec.activeDeadlineSeconds !== null) {
    errors.push(
      forbiddenValue('spec.template.spec.activeDeadlineSeconds', `activeDeadlineSeconds in ${kind} is not Supported`),
    );
  }
  return errors;
}

/** ValidatePodTemplateSpecForReplicaSet (Deployments and ReplicaSets). */
export function replicaSetTemplateErrors(spec: JsonRecord): ErrorCause[] {
  return [
    ...templateMatchErrors(spec, 'invalid label selector'),
    ...podTemplateErrors(spec.template, 'spec.template'),
    ...restartAlwaysErrors(spec, 'ReplicaSet'),
  ];
}

/** apps/v1 strategies forbid changing spec.selector. */
export function selectorImmutableErrors(spec: JsonRecord, oldSpec: JsonRecord): ErrorCause[] {
  return immutableErrors(spec.selector, oldSpec.selector, 'spec.selector', selectorValue(spec));
}
