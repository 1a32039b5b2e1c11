import type { ErrorCause } from '@ksb/errors';
import {
  configKeyErrors,
  dns1123SubdomainErrors,
  invalidValue,
  labelKeyErrors,
  relaxedEnvVarNameErrors,
  requiredValue,
  unsupportedValue,
} from '@ksb/validation';
import { isRecord, list, record, str, type JsonRecord } from '../../../objects/read';

// ValidateEnv and ValidateEnvFrom (with RelaxedEnvironmentVariableValidation, on by default in 1.32).

/** validEnvDownwardAPIFieldPathExpressions, sorted as the message lists them. */
const ENV_FIELD_PATHS = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
];
const SUBSCRIPTED = /^(metadata\.labels|metadata\.annotations)\['(.*)'\]$/;

const nameErrors = (name: string, path: string): ErrorCause[] =>
  dns1123SubdomainErrors(name).map((message) => invalidValue(path, name, message));

function fieldRefErrors(fieldRef: JsonRecord, path: string): ErrorCause[] {
  const errors: ErrorCause[] = [];
  if (!str(fieldRef.apiVersion)) errors.push(requiredValue(`${path}.apiVersion`));
  const fieldPath = str(fieldRef.fieldPath);
  if (!fieldPath) return [...errors, requiredValue(`${path}.fieldPath`)];
  const subscripted = SUBSCRIPTED.exec(fieldPath);
  if (subscripted) {
    const key = (subscripted[2] ?? '').toLowerCase();
    return [...errors, ...labelKeyErrors(key).map((message) => invalidValue(`${path}.fieldPath`, key, message))];
  }
  return ENV_FIELD_PATHS.includes(fieldPath)
    ? errors
    : [...errors, unsupportedValue(`${path}.fieldPath`, fieldPath, ENV_FIELD_PATHS)];
}

/** configMapKeyRef / secretKeyRef. */
function keySelectorErrors(selector: JsonRecord, path: string): ErrorCause[] {
  const key = str(selector.key);
  return [
    ...nameErrors(str(selector.name), `${path}.name`),
    ...(key
      ? configKeyErrors(key).map((message) => invalidValue(`${path}.key`, key, message))
      : [requiredValue(`${path}.key`)]),
  ];
}

function valueFromErrors(variable: JsonRecord, path: string): ErrorCause[] {
  if (!isRecord(variable.valueFrom)) return [];
  const valueFrom = variable.valueFrom;
  const errors: ErrorCause[] = [];
  let sources = 0;
  if (isRecord(valueFrom.fieldRef)) {
    sources++;
    errors.push(...fieldRefErrors(valueFrom.fieldRef, `${path}.fieldRef`));
  }
  if (isRecord(valueFrom.resourceFieldRef)) sources++;
  for (const kind of ['configMapKeyRef', 'secretKeyRef'] as const) {
    const selector = valueFrom[kind];
    if (isRecord(selector)) {
      sources++;
      errors.push(...keySelectorErrors(selector, `${path}.${kind}`));
    }
  }
  if (sources === 0) {
    errors.push(
      invalidValue(
        path,
        '',
        'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`',
      ),
    );
  } else if (str(variable.value)) {
    errors.push(invalidValue(path, '', 'may not be specified when `value` is not empty'));
  } else if (sources > 1) {
    errors.push(invalidValue(path, '', 'may not have more than one field specified at a time'));
  }
  return errors;
}

export function envErrors(env: unknown, path: string): ErrorCause[] {
  return list(env).flatMap((item, index) => {
    const variable = record(item);
    const at = `${path}[${String(index)}]`;
    const name = str(variable.name);
    const errors = name
      ? relaxedEnvVarNameErrors(name).map((message) => invalidValue(`${at}.name`, name, message))
      : [requiredValue(`${at}.name`)];
    return [...errors, ...valueFromErrors(variable, `${at}.valueFrom`)];
  });
}

export function envFromErrors(envFrom: unknown, path: string): ErrorCause[] {
  return list(envFrom).flatMap((item, index) => {
    const source = record(item);
    const at = `${path}[${String(index)}]`;
    const prefix = str(source.prefix);
    const errors = prefix
      ? relaxedEnvVarNameErrors(prefix).map((message) => invalidValue(`${at}.prefix`, prefix, message))
      : [];
    let sources = 0;
    for (const kind of ['configMapRef', 'secretRef'] as const) {
      const ref = source[kind];
      if (!isRecord(ref)) continue;
      sources++;
      const name = str(ref.name);
      errors.push(...(name ? nameErrors(name, `${at}.${kind}.name`) : [requiredValue(`${at}.${kind}.name`)]));
    }
    // Upstream reports these at the list's path, not the entry's.
    if (sources === 0) errors.push(invalidValue(path, '', 'must specify one of: `configMapRef` or `secretRef`'));
    else if (sources > 1) errors.push(invalidValue(path, '', 'may not have more than one field specified at a time'));
    return errors;
  });
}
