import type { ErrorCause } from '@ksb/errors';
import { forbiddenValue, inclusiveRangeError, invalidValue, requiredValue } from '@ksb/validation';
import { list, record, str, type JsonRecord } from '../../../objects/read';
import { semanticEqual } from '../../shared/semantic-equal';

// ValidatePodUpdate: a pod's spec is fixed once created, except images, activeDeadlineSeconds, added
// tolerations and terminationGracePeriodSeconds set to 1 after a negative value.

/** Upstream's list (1.32, InPlacePodVerticalScaling off); upstream follows it with a diff we do not print. */
export const POD_UPDATE_MESSAGE =
  'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,' +
  '`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),' +
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

const MAX_INT32 = 2147483647;

/** ValidateContainerUpdates; `stop` when containers were added or removed. */
function containerUpdateErrors(
  next: unknown,
  previous: unknown,
  path: string,
): { errors: ErrorCause[]; stop: boolean } {
  const containers = list(next);
  if (containers.length !== list(previous).length) {
    return { errors: [forbiddenValue(path, 'pod updates may not add or remove containers')], stop: true };
  }
  const errors = containers.flatMap((item, index) => {
    const image = str(record(item).image);
    const at = `${path}[${String(index)}].image`;
    if (!image) return [requiredValue(at)];
    return image.trim() === image ? [] : [invalidValue(at, image, 'must not have leading or trailing whitespace')];
  });
  return { errors, stop: false };
}

function deadlineErrors(next: unknown, previous: unknown): ErrorCause[] {
  const path = 'spec.activeDeadlineSeconds';
  if (typeof next === 'number') {
    if (next < 0 || next > MAX_INT32) return [invalidValue(path, next, inclusiveRangeError(0, MAX_INT32))];
    if (typeof previous === 'number' && previous < next) {
      return [invalidValue(path, next, 'must be less than or equal to previous value')];
    }
    return [];
  }
  return typeof previous === 'number'
    ? [invalidValue(path, null, 'must not update from a positive integer to nil value')]
    : [];
}

/** validateOnlyAddedTolerations: existing tolerations stay, only their tolerationSeconds may change. */
function tolerationUpdateErrors(next: unknown, previous: unknown): ErrorCause[] {
  const current = list(next).map(record);
  const kept = list(previous).every((item) =>
    current.some((toleration) =>
      semanticEqual({ ...record(item), tolerationSeconds: toleration.tolerationSeconds }, toleration),
    ),
  );
  return kept
    ? []
    : [forbiddenValue('spec.tolerations', 'existing toleration can not be modified except its tolerationSeconds')];
}

/** The new spec with the fields that may change put back to their old values. */
function munged(next: JsonRecord, previous: JsonRecord): JsonRecord {
  const withOldImages = (containers: unknown, old: unknown): unknown =>
    Array.isArray(containers)
      ? containers.map((item, index) => ({ ...record(item), image: record(list(old)[index]).image }))
      : containers;
  const spec: JsonRecord = {
    ...next,
    containers: withOldImages(next.containers, previous.containers),
    initContainers: withOldImages(next.initContainers, previous.initContainers),
    activeDeadlineSeconds: previous.activeDeadlineSeconds,
    tolerations: previous.tolerations,
    schedulingGates: previous.schedulingGates,
  };
  const oldGrace = previous.terminationGracePeriodSeconds;
  if (typeof oldGrace === 'number' && oldGrace < 0 && spec.terminationGracePeriodSeconds === 1) {
    spec.terminationGracePeriodSeconds = oldGrace;
  }
  return spec;
}

export function podUpdateErrors(pod: JsonRecord, old: JsonRecord): ErrorCause[] {
  const spec = record(pod.spec);
  const oldSpec = record(old.spec);
  const errors: ErrorCause[] = [];
  for (const field of ['containers', 'initContainers'] as const) {
    const update = containerUpdateErrors(spec[field], oldSpec[field], `spec.${field}`);
    errors.push(...update.errors);
    if (update.stop) return errors;
  }
  const deadline = deadlineErrors(spec.activeDeadlineSeconds, oldSpec.activeDeadlineSeconds);
  if (deadline.length > 0 && typeof spec.activeDeadlineSeconds === 'number') return [...errors, ...deadline];
  errors.push(...deadline, ...tolerationUpdateErrors(spec.tolerations, oldSpec.tolerations));
  if (!semanticEqual(munged(spec, oldSpec), oldSpec)) errors.push(forbiddenValue('spec', POD_UPDATE_MESSAGE));
  return errors;
}
