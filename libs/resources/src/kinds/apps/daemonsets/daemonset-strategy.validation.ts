import type { ErrorCause } from '@ksb/errors';
import { goLiteral, goQuote, invalidValue, requiredValue, unsupportedValue } from '@ksb/validation';
import { isRecord, record, str } from '../../../objects/read';
import { intOrStringLiteral } from '../../shared/go-literals';
import { intOrPercentErrors, intOrPercentValue, notMoreThan100PercentErrors } from '../../shared/int-or-percent';

// ValidateDaemonSetUpdateStrategy: exactly one of maxUnavailable and maxSurge is non-zero.

const PATH = 'spec.updateStrategy';

function rollingUpdateErrors(rollingUpdate: Record<string, unknown>): ErrorCause[] {
  const path = `${PATH}.rollingUpdate`;
  const { maxUnavailable, maxSurge } = rollingUpdate;
  const errors = [
    ...intOrPercentErrors(maxUnavailable, `${path}.maxUnavailable`),
    ...intOrPercentErrors(maxSurge, `${path}.maxSurge`),
    ...notMoreThan100PercentErrors(maxUnavailable, `${path}.maxUnavailable`),
    ...notMoreThan100PercentErrors(maxSurge, `${path}.maxSurge`),
  ];
  const hasUnavailable = intOrPercentValue(maxUnavailable) !== 0;
  const hasSurge = intOrPercentValue(maxSurge) !== 0;
  if (hasUnavailable && hasSurge) {
    errors.push(
      invalidValue(
        `${path}.maxSurge`,
        goLiteral(intOrStringLiteral(maxSurge)),
        'may not be set when maxUnavailable is non-zero',
      ),
    );
  } else if (!hasUnavailable && !hasSurge) {
    errors.push(requiredValue(`${path}.maxUnavailable`, 'cannot be 0 when maxSurge is 0'));
  }
  return errors;
}

export function daemonSetStrategyErrors(value: unknown): ErrorCause[] {
  const strategy = record(value);
  switch (strategy.type) {
    case 'OnDelete':
      return [];
    case 'RollingUpdate':
      return isRecord(strategy.rollingUpdate)
        ? rollingUpdateErrors(strategy.rollingUpdate)
        : [requiredValue(`${PATH}.rollingUpdate`)];
    default: {
      const pointer = isRecord(strategy.rollingUpdate) ? '(0xc000000000)' : '(nil)';
      const literal = `apps.DaemonSetUpdateStrategy{Type:${goQuote(str(strategy.type))}, RollingUpdate:(*apps.RollingUpdateDaemonSet)${pointer}}`;
      return [unsupportedValue(PATH, goLiteral(literal), ['RollingUpdate', 'OnDelete'])];
    }
  }
}
