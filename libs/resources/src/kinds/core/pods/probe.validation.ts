import type { ErrorCause } from '@ksb/errors';
import { forbiddenValue, invalidValue, requiredValue, unsupportedValue } from '@ksb/validation';
import { isRecord, str, type JsonRecord } from '../../../objects/read';
import { nonNegativeErrors } from '../../shared/numbers.validation';
import { portNumOrNameErrors } from '../../shared/port-or-name.validation';

// validateProbe and validateHandler: one handler per probe, valid ports, sane timings.

const HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;
const TIMINGS = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'];

function handlerErrors(kind: string, handler: JsonRecord, path: string): ErrorCause[] {
  switch (kind) {
    case 'exec':
      return Array.isArray(handler.command) && handler.command.length > 0 ? [] : [requiredValue(`${path}.command`)];
    case 'httpGet': {
      const errors = str(handler.path) ? [] : [requiredValue(`${path}.path`)];
      errors.push(...portNumOrNameErrors(handler.port, `${path}.port`));
      const scheme = str(handler.scheme);
      if (scheme !== 'HTTP' && scheme !== 'HTTPS') {
        errors.push(unsupportedValue(`${path}.scheme`, scheme, ['HTTP', 'HTTPS']));
      }
      return errors;
    }
    case 'tcpSocket':
      return portNumOrNameErrors(handler.port, `${path}.port`);
    default:
      return [];
  }
}

/** The handler of a probe or lifecycle hook. */
export function handlersErrors(holder: JsonRecord, path: string): ErrorCause[] {
  const present = HANDLERS.filter((kind) => isRecord(holder[kind]));
  const [first, ...others] = present;
  if (first === undefined) return [requiredValue(path, 'must specify a handler type')];
  return [
    ...handlerErrors(first, holder[first] as JsonRecord, `${path}.${first}`),
    ...others.map((kind) => forbiddenValue(`${path}.${kind}`, 'may not specify more than 1 handler type')),
  ];
}

/** `mustSucceedOnce`: liveness and startup probes must have successThreshold 1. */
export function probeErrors(probe: unknown, path: string, mustSucceedOnce: boolean): ErrorCause[] {
  if (!isRecord(probe)) return [];
  const errors = handlersErrors(probe, path);
  for (const timing of TIMINGS) errors.push(...nonNegativeErrors(probe[timing], `${path}.${timing}`));
  if (mustSucceedOnce && typeof probe.successThreshold === 'number' && probe.successThreshold !== 1) {
    errors.push(invalidValue(`${path}.successThreshold`, probe.successThreshold, 'must be 1'));
  }
  return errors;
}
