import type { ErrorCause } from '@ksb/errors';
import {
  dns1123LabelErrors,
  duplicateValue,
  goLiteral,
  goQuote,
  invalidValue,
  labelKeyErrors,
  portNumberErrors,
  requiredValue,
} from '@ksb/validation';
import { list, record, str, type JsonRecord } from '../../../objects/read';
import { portNumOrNameErrors } from '../../shared/port-or-name.validation';
import { protocolErrors } from '../pods/container-ports.validation';

// validateServicePort and the duplicate (protocol, port) and (protocol, nodePort) checks of ValidateService.

/** Upstream keys duplicates by a ServicePort holding only protocol and port, and prints that struct. */
function portKeyLiteral(protocol: string, port: number): string {
  return (
    `core.ServicePort{Name:"", Protocol:${goQuote(protocol)}, AppProtocol:(*string)(nil), Port:${String(port)}, ` +
    'TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}'
  );
}

const numberOf = (value: unknown): number => (typeof value === 'number' ? value : 0);

function portErrors(port: JsonRecord, requireName: boolean, names: Set<string>, path: string): ErrorCause[] {
  const errors: ErrorCause[] = [];
  const name = str(port.name);
  if (requireName && !name) errors.push(requiredValue(`${path}.name`));
  else if (name) {
    errors.push(...dns1123LabelErrors(name).map((message) => invalidValue(`${path}.name`, name, message)));
    if (names.has(name)) errors.push(duplicateValue(`${path}.name`, name));
    else names.add(name);
  }
  const number = numberOf(port.port);
  errors.push(...portNumberErrors(number).map((message) => invalidValue(`${path}.port`, number, message)));
  errors.push(...protocolErrors(port.protocol, `${path}.protocol`));
  errors.push(...portNumOrNameErrors(port.targetPort, `${path}.targetPort`));
  const appProtocol = port.appProtocol;
  if (typeof appProtocol === 'string') {
    errors.push(...labelKeyErrors(appProtocol).map((m) => invalidValue(`${path}.appProtocol`, appProtocol, m)));
  }
  return errors;
}

/** Each port on its own; a name is required once there are several. */
export function servicePortsErrors(ports: unknown): ErrorCause[] {
  const items = list(ports).map(record);
  const names = new Set<string>();
  return items.flatMap((port, index) => portErrors(port, items.length > 1, names, `spec.ports[${String(index)}]`));
}

export function duplicateNodePortErrors(ports: unknown): ErrorCause[] {
  const seen = new Set<string>();
  return list(ports).flatMap((item, index) => {
    const port = record(item);
    const nodePort = numberOf(port.nodePort);
    if (nodePort === 0) return [];
    const key = `${str(port.protocol)}/${String(nodePort)}`;
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    return [duplicateValue(`spec.ports[${String(index)}].nodePort`, nodePort)];
  });
}

export function duplicatePortErrors(ports: unknown): ErrorCause[] {
  const seen = new Set<string>();
  return list(ports).flatMap((item, index) => {
    const port = record(item);
    const protocol = str(port.protocol);
    const number = numberOf(port.port);
    const key = `${protocol}/${String(number)}`;
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    return [duplicateValue(`spec.ports[${String(index)}]`, goLiteral(portKeyLiteral(protocol, number)))];
  });
}
