import type { ErrorCause } from '@ksb/errors';
import { forbiddenValue, invalidValue, requiredValue, unsupportedValue } from '@ksb/validation';
import type { Validator } from '../../../definition/hooks';
import { record, str, type JsonRecord } from '../../../objects/read';
import { nonNegativeErrors } from '../../shared/numbers.validation';
import { objectMetaErrors } from '../../shared/object-meta.validation';
import { semanticEqual } from '../../shared/semantic-equal';
import { withMetadata } from '../../shared/with-metadata';
import {
  restartAlwaysErrors,
  templateMatchErrors,
  workloadSelectorErrors,
} from '../workloads/workload-selector.validation';
import { statefulSetStrategyErrors } from './statefulset-strategy.validation';

// ValidateStatefulSetSpec. Upstream validates only the template's labels and annotations, not its pod spec
// (volume mounts may name claim templates); bad pods surface when the controller creates them.

const RETENTION_POLICIES = ['Retain', 'Delete'];
const MUTABLE_FIELDS = [
  'replicas',
  'ordinals',
  'template',
  'updateStrategy',
  'persistentVolumeClaimRetentionPolicy',
  'minReadySeconds',
];

function podManagementPolicyErrors(value: unknown): ErrorCause[] {
  const policy = str(value);
  if (!policy) return [requiredValue('spec.podManagementPolicy')];
  return policy === 'OrderedReady' || policy === 'Parallel'
    ? []
    : [invalidValue('spec.podManagementPolicy', policy, "must be 'OrderedReady' or 'Parallel'")];
}

function retentionErrors(value: unknown): ErrorCause[] {
  if (value === undefined || value === null) return [];
  const policy = record(value);
  return (['whenDeleted', 'whenScaled'] as const).flatMap((field) =>
    RETENTION_POLICIES.includes(str(policy[field]))
      ? []
      : [
          unsupportedValue(
            `spec.persistentVolumeClaimRetentionPolicy.${field}`,
            str(policy[field]),
            RETENTION_POLICIES,
          ),
        ],
  );
}

function specErrors(spec: JsonRecord): ErrorCause[] {
  return [
    ...podManagementPolicyErrors(spec.podManagementPolicy),
    ...statefulSetStrategyErrors(spec.updateStrategy),
    ...retentionErrors(spec.persistentVolumeClaimRetentionPolicy),
    ...nonNegativeErrors(spec.replicas, 'spec.replicas'),
    ...nonNegativeErrors(spec.minReadySeconds, 'spec.minReadySeconds'),
    ...nonNegativeErrors(record(spec.ordinals).start, 'spec.ordinals.start'),
    ...workloadSelectorErrors(spec, 'empty selector is invalid for statefulset'),
    ...templateMatchErrors(spec, ''),
    ...objectMetaErrors(record(spec.template).metadata, 'spec.template'),
    ...restartAlwaysErrors(spec, 'StatefulSet'),
  ];
}

/** ValidateStatefulSetUpdate: only the fields listed in the message may change. */
function updateErrors(spec: JsonRecord, oldSpec: JsonRecord): ErrorCause[] {
  const fixed = (value: JsonRecord) =>
    Object.fromEntries(Object.entries(value).filter(([key]) => !MUTABLE_FIELDS.includes(key)));
  return semanticEqual(fixed(spec), fixed(oldSpec))
    ? []
    : [
        forbiddenValue(
          'spec',
          "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
        ),
      ];
}

export const validateStatefulSet: Validator = withMetadata((statefulSet, old) => {
  const spec = record(statefulSet.spec);
  const errors = specErrors(spec);
  return old ? [...errors, ...updateErrors(spec, record(old.spec))] : errors;
});
