import type { ErrorCause } from '@ksb/errors';
import { invalidValue, notFoundValue, requiredValue } from '@ksb/validation';
import { list, record, str } from '../../../objects/read';

/** ValidateVolumeMounts: every mount names a (valid) volume of the pod, at a path of its own. */
export function volumeMountsErrors(mounts: unknown, volumes: ReadonlySet<string>, path: string): ErrorCause[] {
  const mountPaths = new Set<string>();
  return list(mounts).flatMap((item, index) => {
    const mount = record(item);
    const at = `${path}[${String(index)}]`;
    const name = str(mount.name);
    const mountPath = str(mount.mountPath);
    const errors: ErrorCause[] = [];
    if (!name) errors.push(requiredValue(`${at}.name`));
    if (!volumes.has(name)) errors.push(notFoundValue(`${at}.name`, name));
    if (!mountPath) errors.push(requiredValue(`${at}.mountPath`));
    if (mountPaths.has(mountPath)) errors.push(invalidValue(`${at}.mountPath`, mountPath, 'must be unique'));
    mountPaths.add(mountPath);
    return errors;
  });
}
