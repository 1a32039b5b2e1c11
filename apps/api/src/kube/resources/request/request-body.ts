import { DomainError } from '@ksb/errors';
import { failure } from '../../status/kube-status';
import { KubeStatusException } from '../../status/kube-status.exception';
import { MAX_BODY_DEPTH } from './body-limits';
import { jsonDepthExceeds } from './json-depth';
import { parseYamlLimited } from './yaml-limited';

export type PatchContentType = 'merge' | 'json' | 'strategic' | 'apply';

const PATCH_TYPES: Readonly<Record<string, PatchContentType>> = {
  'application/merge-patch+json': 'merge',
  'application/json-patch+json': 'json',
  'application/strategic-merge-patch+json': 'strategic',
  'application/apply-patch+yaml': 'apply',
};

const mediaTypeOf = (contentType: string | undefined): string => (contentType ?? '').split(';')[0].trim().toLowerCase();

const unsupported = (type: string, supported: string[]) =>
  new KubeStatusException(
    failure(
      415,
      'UnsupportedMediaType',
      `the body of the request was in an unknown format - accepted media types include: ${supported.join(', ')}`,
    ),
  );

function parseJson(body: Buffer): unknown {
  const text = body.toString('utf8');
  if (jsonDepthExceeds(text, MAX_BODY_DEPTH)) {
    throw new DomainError(
      'BAD_REQUEST',
      `couldn't get version/kind; json parse error: exceeded max depth of ${MAX_BODY_DEPTH}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DomainError('BAD_REQUEST', `couldn't get version/kind; json parse error: ${(error as Error).message}`);
  }
}

/** A create or update body: JSON (kubectl's protobuf bodies are decoded elsewhere once supported). */
export function decodeObjectBody(contentType: string | undefined, body: Buffer): unknown {
  const type = mediaTypeOf(contentType);
  if (type === '' || type === 'application/json' || type === '*/*') return parseJson(body);
  throw unsupported(type, ['application/json', 'application/yaml', 'application/vnd.kubernetes.protobuf']);
}

/** A PATCH body and its kind, from the Content-Type kubectl chose. */
export function decodePatchBody(
  contentType: string | undefined,
  body: Buffer,
): { type: PatchContentType; patch: unknown } {
  const type = PATCH_TYPES[mediaTypeOf(contentType)];
  if (!type) throw unsupported(mediaTypeOf(contentType), Object.keys(PATCH_TYPES));
  // Apply configurations are YAML (JSON is YAML too), read with alias and depth limits.
  if (type === 'apply') return { type, patch: parseYamlLimited(body.toString('utf8')) };
  return { type, patch: parseJson(body) };
}
