import type { ErrorCause } from '@ksb/errors';
import { invalidValue, portNameErrors, portNumberErrors } from '@ksb/validation';

/** ValidatePortNumOrName: probe ports and service targetPorts are a number or an IANA port name. */
export function portNumOrNameErrors(port: unknown, path: string): ErrorCause[] {
  if (typeof port === 'string') return portNameErrors(port).map((message) => invalidValue(path, port, message));
  const number = typeof port === 'number' ? port : 0;
  return portNumberErrors(number).map((message) => invalidValue(path, number, message));
}
