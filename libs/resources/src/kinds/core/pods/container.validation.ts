import type { ErrorCause } from '@ksb/errors';
import { dns1123LabelErrors, duplicateValue, invalidValue, requiredValue, unsupportedValue } from '@ksb/validation';
import { isRecord, list, record, str, type JsonRecord } from '../../../objects/read';
import { containerPortsErrors } from './container-ports.validation';
import { envErrors, envFromErrors } from './env.validation';
import { handlersErrors, probeErrors } from './probe.validation';
import { resourcesErrors } from './resources.validation';
import { volumeMountsErrors } from './volume-mounts.validation';

// validateContainers / validateInitContainers / validateContainerCommon.

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
const MESSAGE_POLICIES = ['File', 'FallbackToLogsOnError'];

function choiceErrors(value: unknown, supported: readonly string[], path: string): ErrorCause[] {
  const text = str(value);
  if (!text) return [requiredValue(path)];
  return supported.includes(text) ? [] : [unsupportedValue(path, text, supported)];
}

function commonErrors(container: JsonRecord, volumes: ReadonlySet<string>, path: string): ErrorCause[] {
  const name = str(container.name);
  const errors = name
    ? dns1123LabelErrors(name).map((message) => invalidValue(`${path}.name`, name, message))
    : [requiredValue(`${path}.name`)];
  if (!str(container.image)) errors.push(requiredValue(`${path}.image`));
  errors.push(
    ...choiceErrors(container.terminationMessagePolicy, MESSAGE_POLICIES, `${path}.terminationMessagePolicy`),
  );
  errors.push(...containerPortsErrors(container.ports, `${path}.ports`));
  errors.push(...envErrors(container.env, `${path}.env`));
  errors.push(...envFromErrors(container.envFrom, `${path}.envFrom`));
  errors.push(...volumeMountsErrors(container.volumeMounts, volumes, `${path}.volumeMounts`));
  errors.push(...choiceErrors(container.imagePullPolicy, PULL_POLICIES, `${path}.imagePullPolicy`));
  errors.push(...resourcesErrors(container.resources, `${path}.resources`));
  return errors;
}

function lifecycleErrors(lifecycle: unknown, path: string): ErrorCause[] {
  if (!isRecord(lifecycle)) return [];
  return (['postStart', 'preStop'] as const).flatMap((hook) =>
    isRecord(lifecycle[hook]) ? handlersErrors(lifecycle[hook], `${path}.${hook}`) : [],
  );
}

/** spec.containers: at least one, unique names, each container valid. */
export function containersErrors(containers: unknown, volumes: ReadonlySet<string>, path: string): ErrorCause[] {
  const items = list(containers);
  if (items.length === 0) return [requiredValue(path)];
  const names = new Set<string>();
  return items.flatMap((item, index) => {
    const container = record(item);
    const at = `${path}[${String(index)}]`;
    const errors = commonErrors(container, volumes, at);
    const name = str(container.name);
    if (names.has(name)) errors.push(duplicateValue(`${at}.name`, name));
    else names.add(name);
    errors.push(...lifecycleErrors(container.lifecycle, `${at}.lifecycle`));
    errors.push(...probeErrors(container.livenessProbe, `${at}.livenessProbe`, true));
    errors.push(...probeErrors(container.readinessProbe, `${at}.readinessProbe`, false));
    errors.push(...probeErrors(container.startupProbe, `${at}.startupProbe`, true));
    return errors;
  });
}

/** spec.initContainers: names unique across init and regular containers. */
export function initContainersErrors(
  initContainers: unknown,
  containers: unknown,
  volumes: ReadonlySet<string>,
  path: string,
): ErrorCause[] {
  const names = new Set(list(containers).map((item) => str(record(item).name)));
  return list(initContainers).flatMap((item, index) => {
    const container = record(item);
    const at = `${path}[${String(index)}]`;
    const errors = commonErrors(container, volumes, at);
    const name = str(container.name);
    if (names.has(name)) errors.push(duplicateValue(`${at}.name`, name));
    else if (name) names.add(name);
    return errors;
  });
}
