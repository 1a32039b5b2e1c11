import { DomainError } from '@ksb/errors';

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';
export type PropagationPolicy = 'Background' | 'Foreground' | 'Orphan';

/** The query parameters of the Kubernetes API that the verbs read, checked once. */
export interface KubeQuery {
  watch: boolean;
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
  continueToken?: string;
  resourceVersion?: string;
  timeoutSeconds?: number;
  allowWatchBookmarks: boolean;
  dryRun: boolean;
  fieldValidation: FieldValidation;
  fieldManager?: string;
  force: boolean;
  propagationPolicy?: PropagationPolicy;
  gracePeriodSeconds?: number;
  includeObject?: 'None' | 'Metadata' | 'Object';
}

const badRequest = (message: string) => new DomainError('BAD_REQUEST', message);

const bool = (value: string | undefined): boolean => value === 'true' || value === '1';

function nonNegativeInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value)) throw badRequest(`invalid value for ${name}: "${value}"`);
  return Number(value);
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined || value === '') return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw badRequest(`invalid ${name}: "${value}", allowed values are ${allowed.join(', ')}`);
  }
  return value as T;
}

export function parseKubeQuery(query: URLSearchParams): KubeQuery {
  const get = (name: string) => query.get(name) ?? undefined;
  const dryRun = query.getAll('dryRun');
  if (dryRun.some((value) => value !== 'All')) {
    throw badRequest(
      `Invalid dry run value: ${dryRun.filter((v) => v !== 'All').join(', ')}: the only supported value is All`,
    );
  }
  const resourceVersion = get('resourceVersion');
  if (resourceVersion !== undefined && resourceVersion !== '' && !/^\d+$/.test(resourceVersion)) {
    throw new DomainError('BAD_REQUEST', `invalid resource version: ${resourceVersion}`);
  }
  return {
    watch: bool(get('watch')),
    labelSelector: get('labelSelector'),
    fieldSelector: get('fieldSelector'),
    limit: nonNegativeInt('limit', get('limit')) || undefined,
    continueToken: get('continue') || undefined,
    resourceVersion: resourceVersion || undefined,
    timeoutSeconds: nonNegativeInt('timeoutSeconds', get('timeoutSeconds')),
    allowWatchBookmarks: bool(get('allowWatchBookmarks')),
    dryRun: dryRun.length > 0,
    fieldValidation: oneOf('fieldValidation', get('fieldValidation'), ['Strict', 'Warn', 'Ignore'] as const) ?? 'Warn',
    fieldManager: get('fieldManager'),
    force: bool(get('force')),
    propagationPolicy: oneOf('propagationPolicy', get('propagationPolicy'), [
      'Background',
      'Foreground',
      'Orphan',
    ] as const),
    gracePeriodSeconds: nonNegativeInt('gracePeriodSeconds', get('gracePeriodSeconds')),
    includeObject: oneOf('includeObject', get('includeObject'), ['None', 'Metadata', 'Object'] as const),
  };
}
