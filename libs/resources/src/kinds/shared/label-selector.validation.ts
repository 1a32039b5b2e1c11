import type { ErrorCause } from '@ksb/errors';
import { forbiddenValue, invalidValue, labelKeyErrors, labelValueErrors, requiredValue } from '@ksb/validation';
import { list, record, str } from '../../objects/read';
import { labelsErrors } from './object-meta.validation';

// ValidateLabelSelector (strict: values must be valid label values), as workloads validate spec.selector.

function requirementErrors(value: unknown, path: string): ErrorCause[] {
  const requirement = record(value);
  const operator = str(requirement.operator);
  const values = list(requirement.values).map((item) => str(item));
  const errors: ErrorCause[] = [];
  if (operator === 'In' || operator === 'NotIn') {
    if (values.length === 0) {
      errors.push(requiredValue(`${path}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
    }
  } else if (operator === 'Exists' || operator === 'DoesNotExist') {
    if (values.length > 0) {
      errors.push(
        forbiddenValue(`${path}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"),
      );
    }
  } else {
    errors.push(invalidValue(`${path}.operator`, operator, 'not a valid selector operator'));
  }
  const key = str(requirement.key);
  errors.push(...labelKeyErrors(key).map((message) => invalidValue(`${path}.key`, key, message)));
  values.forEach((item, index) => {
    errors.push(
      ...labelValueErrors(item).map((message) => invalidValue(`${path}.values[${String(index)}]`, item, message)),
    );
  });
  return errors;
}

export function labelSelectorErrors(selector: unknown, path: string): ErrorCause[] {
  if (selector === undefined || selector === null) return [];
  const { matchLabels, matchExpressions } = record(selector);
  return [
    ...labelsErrors(matchLabels, `${path}.matchLabels`),
    ...list(matchExpressions).flatMap((expression, index) =>
      requirementErrors(expression, `${path}.matchExpressions[${String(index)}]`),
    ),
  ];
}

/** len(MatchLabels)+len(MatchExpressions) == 0: a selector that would select everything. */
export function isEmptySelector(selector: unknown): boolean {
  const { matchLabels, matchExpressions } = record(selector);
  return Object.keys(record(matchLabels)).length === 0 && list(matchExpressions).length === 0;
}
