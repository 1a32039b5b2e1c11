import type { ErrorCause } from '@ksb/errors';
import { dns1123LabelErrors, duplicateValue, forbiddenValue, invalidValue, requiredValue } from '@ksb/validation';
import { isRecord, list, record, str, type JsonRecord } from '../../../objects/read';

// ValidateVolumes: one source per volume, unique DNS-label names. Only valid volumes can be mounted.

const FILE_MODE_MESSAGE = 'must be a number between 0 and 0777 (octal), both inclusive';

/** The source field that names what each source must reference. */
const REQUIRED_REFERENCE: Readonly<Record<string, string>> = {
  configMap: 'name',
  secret: 'secretName',
  persistentVolumeClaim: 'claimName',
  hostPath: 'path',
  nfs: 'path',
};

function sourceErrors(kind: string, source: JsonRecord, path: string): ErrorCause[] {
  const errors: ErrorCause[] = [];
  const reference = REQUIRED_REFERENCE[kind];
  if (reference && !str(source[reference])) errors.push(requiredValue(`${path}.${reference}`));
  const mode = source.defaultMode;
  if (typeof mode === 'number' && (mode < 0 || mode > 0o777)) {
    errors.push(invalidValue(`${path}.defaultMode`, mode, FILE_MODE_MESSAGE));
  }
  return errors;
}

function volumeSourceErrors(volume: JsonRecord, path: string): ErrorCause[] {
  const sources = Object.entries(volume).filter(([key, value]) => key !== 'name' && isRecord(value));
  if (sources.length === 0) return [requiredValue(path, 'must specify a volume type')];
  const [first, ...others] = sources;
  return [
    ...(first ? sourceErrors(first[0], record(first[1]), `${path}.${first[0]}`) : []),
    ...others.map(([kind]) => forbiddenValue(`${path}.${kind}`, 'may not specify more than 1 volume type')),
  ];
}

/** The errors, and the names of the volumes containers may mount. */
export function volumesErrors(volumes: unknown, path: string): { errors: ErrorCause[]; names: Set<string> } {
  const names = new Set<string>();
  const errors = list(volumes).flatMap((item, index) => {
    const volume = record(item);
    const at = `${path}[${String(index)}]`;
    const name = str(volume.name);
    const own = volumeSourceErrors(volume, at);
    if (!name) own.push(requiredValue(`${at}.name`));
    else own.push(...dns1123LabelErrors(name).map((message) => invalidValue(`${at}.name`, name, message)));
    if (names.has(name)) own.push(duplicateValue(`${at}.name`, name));
    if (own.length === 0) names.add(name);
    return own;
  });
  return { errors, names };
}
