import type { ErrorCause } from '@ksb/errors';
import {
  duplicateValue,
  invalidValue,
  portNameErrors,
  portNumberErrors,
  requiredValue,
  unsupportedValue,
} from '@ksb/validation';
import { list, record, str } from '../../../objects/read';

/** sets.List(supportedPortProtocols): sorted, as upstream lists them. */
export const PORT_PROTOCOLS = ['SCTP', 'TCP', 'UDP'] as const;

/** The protocol of a container or service port: required, and one of TCP, UDP, SCTP. */
export function protocolErrors(protocol: unknown, path: string): ErrorCause[] {
  const value = str(protocol);
  if (!value) return [requiredValue(path)];
  return (PORT_PROTOCOLS as readonly string[]).includes(value) ? [] : [unsupportedValue(path, value, PORT_PROTOCOLS)];
}

/** validateContainerPorts. */
export function containerPortsErrors(ports: unknown, path: string): ErrorCause[] {
  const names = new Set<string>();
  return list(ports).flatMap((item, index) => {
    const port = record(item);
    const at = `${path}[${String(index)}]`;
    const errors: ErrorCause[] = [];
    const name = str(port.name);
    if (name) {
      const problems = portNameErrors(name);
      if (problems.length > 0) errors.push(...problems.map((message) => invalidValue(`${at}.name`, name, message)));
      else if (names.has(name)) errors.push(duplicateValue(`${at}.name`, name));
      else names.add(name);
    }
    const containerPort = typeof port.containerPort === 'number' ? port.containerPort : 0;
    if (containerPort === 0) errors.push(requiredValue(`${at}.containerPort`));
    else {
      errors.push(...portNumberErrors(containerPort).map((m) => invalidValue(`${at}.containerPort`, containerPort, m)));
    }
    const hostPort = typeof port.hostPort === 'number' ? port.hostPort : 0;
    if (hostPort !== 0) {
      errors.push(...portNumberErrors(hostPort).map((message) => invalidValue(`${at}.hostPort`, hostPort, message)));
    }
    errors.push(...protocolErrors(port.protocol, `${at}.protocol`));
    return errors;
  });
}
