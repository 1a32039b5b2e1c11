import { SelectorError } from '../selector-error';
import { aggregateMessages, invalidValueMessage } from '@ksb/validation';
import { goQuote, goStringSlice } from '@ksb/validation';
import { parseInt64 } from '@ksb/validation';
import { labelKeyErrors } from '@ksb/validation';
import { labelValueErrors } from '@ksb/validation';
import { toLabelOperator, type SelectionOperator } from './selection-operator';
import type { LabelRequirement } from './types';

// labels.NewRequirement: every check runs and all failures are reported together.

/** validateLabelKey(key, path): one field error carrying every key problem. */
export function labelKeyError(key: string, path: string): string | undefined {
  const errors = labelKeyErrors(key);
  return errors.length === 0 ? undefined : invalidValueMessage(path, goQuote(key), errors.join('; '));
}

function operatorErrors(operator: SelectionOperator, values: readonly string[]): string[] {
  switch (operator) {
    case 'in':
    case 'notin':
      return values.length === 0
        ? [
            invalidValueMessage(
              'values',
              goStringSlice(values),
              "for 'in', 'notin' operators, values set can't be empty",
            ),
          ]
        : [];
    case '=':
    case '==':
    case '!=':
      return values.length === 1
        ? []
        : [invalidValueMessage('values', goStringSlice(values), 'exact-match compatibility requires one single value')];
    case 'exists':
    case '!':
      return values.length === 0
        ? []
        : [
            invalidValueMessage(
              'values',
              goStringSlice(values),
              'values set must be empty for exists and does not exist',
            ),
          ];
    case 'gt':
    case 'lt':
      return integerErrors(values);
  }
}

function integerErrors(values: readonly string[]): string[] {
  const errors =
    values.length === 1
      ? []
      : [
          invalidValueMessage(
            'values',
            goStringSlice(values),
            "for 'Gt', 'Lt' operators, exactly one value is required",
          ),
        ];
  values.forEach((value, index) => {
    if (parseInt64(value) === undefined) {
      errors.push(
        invalidValueMessage(
          `values[${String(index)}]`,
          goQuote(value),
          "for 'Gt', 'Lt' operators, the value must be an integer",
        ),
      );
    }
  });
  return errors;
}

function valueErrors(key: string, values: readonly string[]): string[] {
  return values.flatMap((value, index) => {
    const errors = labelValueErrors(value);
    return errors.length === 0
      ? []
      : [invalidValueMessage(`values[${String(index)}][${key}]`, goQuote(value), errors.join('; '))];
  });
}

/** Builds a validated requirement or throws a SelectorError with upstream's aggregate message. */
export function newRequirement(key: string, operator: SelectionOperator, values: readonly string[]): LabelRequirement {
  const keyError = labelKeyError(key, 'key');
  const errors = [
    ...(keyError === undefined ? [] : [keyError]),
    ...operatorErrors(operator, values),
    ...valueErrors(key, values),
  ];
  if (errors.length > 0) throw new SelectorError(aggregateMessages(errors));
  return { key, operator: toLabelOperator(operator), values: [...values] };
}
