import type { ErrorCause } from '@ksb/errors';
import { goLiteral, goQuote, invalidValue, requiredValue } from '@ksb/validation';
import { isRecord, record, str } from '../../../objects/read';
import { intOrStringLiteral } from '../../shared/go-literals';
import { intOrPercentErrors, intOrPercentValue, notMoreThan100PercentErrors } from '../../shared/int-or-percent';
import { nonNegativeErrors } from '../../shared/numbers.validation';

// The StatefulSet update strategy, as ValidateStatefulSetSpec checks it.

const PATH = 'spec.updateStrategy';

/** The internal type holds partition as a plain int32 and maxUnavailable as a pointer. */
function rollingUpdateLiteral(value: unknown): string {
  const rollingUpdate = record(value);
  const partition = typeof rollingUpdate.partition === 'number' ? rollingUpdate.partition : 0;
  const pointer =
    rollingUpdate.maxUnavailable === undefined || rollingUpdate.maxUnavailable === null ? '(nil)' : '(0xc000000000)';
  return `apps.RollingUpdateStatefulSetStrategy{Partition:${String(partition)}, MaxUnavailable:(*intstr.IntOrString)${pointer}}`;
}

function rollingUpdateErrors(rollingUpdate: Record<string, unknown>): ErrorCause[] {
  const path = `${PATH}.rollingUpdate`;
  const errors = nonNegativeErrors(rollingUpdate.partition, `${path}.partition`);
  const { maxUnavailable } = rollingUpdate;
  if (maxUnavailable !== undefined && maxUnavailable !== null) {
    errors.push(...intOrPercentErrors(maxUnavailable, `${path}.maxUnavailable`));
    if (intOrPercentValue(maxUnavailable) === 0) {
      errors.push(invalidValue(`${path}.maxUnavailable`, goLiteral(intOrStringLiteral(maxUnavailable)), 'cannot be 0'));
    }
    errors.push(...notMoreThan100PercentErrors(maxUnavailable, `${path}.maxUnavailable`));
  }
  return errors;
}

export function statefulSetStrategyErrors(value: unknown): ErrorCause[] {
  const strategy = record(value);
  const type = str(strategy.type);
  switch (type) {
    case '':
      return [requiredValue(PATH)];
    case 'OnDelete':
      return isRecord(strategy.rollingUpdate)
        ? [
            invalidValue(
              `${PATH}.rollingUpdate`,
              goLiteral(rollingUpdateLiteral(strategy.rollingUpdate)),
              "only allowed for updateStrategy 'RollingUpdate'",
            ),
          ]
        : [];
    case 'RollingUpdate':
      return isRecord(strategy.rollingUpdate) ? rollingUpdateErrors(strategy.rollingUpdate) : [];
    default: {
      const pointer = isRecord(strategy.rollingUpdate) ? '(0xc000000000)' : '(nil)';
      const literal = `apps.StatefulSetUpdateStrategy{Type:${goQuote(type)}, RollingUpdate:(*apps.RollingUpdateStatefulSetStrategy)${pointer}}`;
      return [invalidValue(PATH, goLiteral(literal), "must be 'RollingUpdate' or 'OnDelete'")];
    }
  }
}
