import type { ErrorCause } from '@ksb/errors';
import { goLiteral, goQuote, invalidValue, labelKeyErrors, labelValueErrors, unsupportedValue } from '@ksb/validation';
import { list, record, str, type JsonRecord } from '../../../objects/read';

// ValidateTolerations.

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

function tolerationLiteral(toleration: JsonRecord): string {
  const seconds = typeof toleration.tolerationSeconds === 'number' ? '(*int64)(0xc000000000)' : '(*int64)(nil)';
  return (
    `core.Toleration{Key:${goQuote(str(toleration.key))}, Operator:${goQuote(str(toleration.operator))}, ` +
    `Value:${goQuote(str(toleration.value))}, Effect:${goQuote(str(toleration.effect))}, TolerationSeconds:${seconds}}`
  );
}

function tolerationErrors(toleration: JsonRecord, path: string): ErrorCause[] {
  const key = str(toleration.key);
  const operator = str(toleration.operator);
  const value = str(toleration.value);
  const effect = str(toleration.effect);
  const errors = key ? labelKeyErrors(key).map((message) => invalidValue(`${path}.key`, key, message)) : [];
  if (!key && operator !== 'Exists') {
    errors.push(
      invalidValue(
        `${path}.operator`,
        operator,
        'operator must be Exists when `key` is empty, which means "match all values and all keys"',
      ),
    );
  }
  if (typeof toleration.tolerationSeconds === 'number' && effect !== 'NoExecute') {
    errors.push(invalidValue(`${path}.effect`, effect, "effect must be 'NoExecute' when `tolerationSeconds` is set"));
  }
  if (operator === 'Equal' || operator === '') {
    const problems = labelValueErrors(value);
    if (problems.length > 0) errors.push(invalidValue(`${path}.operator`, value, problems.join(';')));
  } else if (operator === 'Exists') {
    if (value) {
      errors.push(
        invalidValue(
          `${path}.operator`,
          goLiteral(tolerationLiteral(toleration)),
          "value must be empty when `operator` is 'Exists'",
        ),
      );
    }
  } else {
    errors.push(unsupportedValue(`${path}.operator`, operator, ['Equal', 'Exists']));
  }
  if (effect && !EFFECTS.includes(effect)) errors.push(unsupportedValue(`${path}.effect`, effect, EFFECTS));
  return errors;
}

export function tolerationsErrors(tolerations: unknown, path: string): ErrorCause[] {
  return list(tolerations).flatMap((item, index) => tolerationErrors(record(item), `${path}[${String(index)}]`));
}
