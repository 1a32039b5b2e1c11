import type { ErrorCause } from '@ksb/errors';
import { forbiddenValue, goLiteral, goQuote, invalidValue, requiredValue, unsupportedValue } from '@ksb/validation';
import { isRecord, record, str } from '../../../objects/read';
import { intOrStringLiteral } from '../../shared/go-literals';
import { intOrPercentErrors, intOrPercentValue, notMoreThan100PercentErrors } from '../../shared/int-or-percent';

// ValidateDeploymentStrategy.

const PATH = 'spec.strategy';

function strategyLiteral(strategy: Record<string, unknown>): string {
  const rollingUpdate = isRecord(strategy.rollingUpdate) ? '(0xc000000000)' : '(nil)';
  return `apps.DeploymentStrategy{Type:${goQuote(str(strategy.type))}, RollingUpdate:(*apps.RollingUpdateDeployment)${rollingUpdate}}`;
}

function rollingUpdateErrors(rollingUpdate: Record<string, unknown>): ErrorCause[] {
  const path = `${PATH}.rollingUpdate`;
  const { maxUnavailable, maxSurge } = rollingUpdate;
  const errors = [
    ...intOrPercentErrors(maxUnavailable, `${path}.maxUnavailable`),
    ...intOrPercentErrors(maxSurge, `${path}.maxSurge`),
  ];
  if (intOrPercentValue(maxUnavailable) === 0 && intOrPercentValue(maxSurge) === 0) {
    errors.push(
      invalidValue(
        `${path}.maxUnavailable`,
        goLiteral(intOrStringLiteral(maxUnavailable)),
        'may not be 0 when `maxSurge` is 0',
      ),
    );
  }
  errors.push(...notMoreThan100PercentErrors(maxUnavailable, `${path}.maxUnavailable`));
  return errors;
}

export function deploymentStrategyErrors(value: unknown): ErrorCause[] {
  const strategy = record(value);
  switch (strategy.type) {
    case 'Recreate':
      return isRecord(strategy.rollingUpdate)
        ? [forbiddenValue(`${PATH}.rollingUpdate`, "may not be specified when strategy `type` is 'Recreate'")]
        : [];
    case 'RollingUpdate':
      return isRecord(strategy.rollingUpdate)
        ? rollingUpdateErrors(strategy.rollingUpdate)
        : [requiredValue(`${PATH}.rollingUpdate`, 'this should be defaulted and never be nil')];
    default:
      return [unsupportedValue(PATH, goLiteral(strategyLiteral(strategy)), ['Recreate', 'RollingUpdate'])];
  }
}
