import { createHash } from 'node:crypto';

/** An image reference as containerd normalizes it (docker.io default registry, library/ namespace, :latest). */
export interface ImageReference {
  /** As the user wrote it (events quote this). */
  given: string;
  registry: string;
  /** Path inside the registry: library/nginx, hashicorp/http-echo, pause. */
  repository: string;
  /** The tag; "latest" when neither tag nor digest was given. */
  tag: string;
  /** sha256:<hex> when the reference pins a digest. */
  digest?: string;
  /** registry/repository, the catalog's key. */
  repositoryName: string;
  /** Fully qualified, as containerd reports it: docker.io/library/nginx:latest (or repo@digest). */
  name: string;
}

export type ParsedReference = { ok: true; reference: ImageReference } | { ok: false; message: string };

// distribution/reference's grammar, reduced to what a learner can type.
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/**
 * Parses an image reference. A malformed one yields upstream's message, which the kubelet reports as
 * InvalidImageName ("couldn't parse image name ...: invalid reference format").
 */
export function parseImageReference(given: string): ParsedReference {
  const invalid = (why = 'invalid reference format'): ParsedReference => ({
    ok: false,
    message: `couldn't parse image name "${given}": ${why}`,
  });
  if (given === '' || given.trim() !== given) return invalid();
  const at = given.indexOf('@');
  const digest = at === -1 ? undefined : given.slice(at + 1);
  if (digest !== undefined && !DIGEST.test(digest)) return invalid();
  const withoutDigest = at === -1 ? given : given.slice(0, at);
  const slash = withoutDigest.indexOf('/');
  const first = slash === -1 ? '' : withoutDigest.slice(0, slash);
  const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
  const registry = hasRegistry ? first : 'docker.io';
  let path = hasRegistry ? withoutDigest.slice(slash + 1) : withoutDigest;
  const colon = path.lastIndexOf(':');
  const tag = colon === -1 ? undefined : path.slice(colon + 1);
  if (colon !== -1) path = path.slice(0, colon);
  if (tag !== undefined && !TAG.test(tag)) return invalid();
  if (!hasRegistry && !path.includes('/')) path = `library/${path}`;
  const components = path.split('/');
  if (components.some((component) => component !== component.toLowerCase())) {
    return invalid(`invalid reference format: repository name (${path}) must be lowercase`);
  }
  if (!components.every((component) => COMPONENT.test(component))) return invalid();
  const repositoryName = `${registry}/${path}`;
  const effectiveTag = tag ?? (digest ? '' : 'latest');
  return {
    ok: true,
    reference: {
      given,
      registry,
      repository: path,
      tag: effectiveTag,
      ...(digest ? { digest } : {}),
      repositoryName,
      name: digest && !tag ? `${repositoryName}@${digest}` : `${repositoryName}:${effectiveTag}`,
    },
  };
}

/** A stable digest per repository and tag: the same image always reports the same ID. */
export const imageDigest = (repositoryName: string, tag: string): string =>
  `sha256:${createHash('sha256').update(`${repositoryName}:${tag}`).digest('hex')}`;

/** status.imageID: repository@sha256:... */
export const imageId = (repositoryName: string, tag: string): string =>
  `${repositoryName}@${imageDigest(repositoryName, tag)}`;

/** imagePullPolicy's default, as the API server sets it: Always for :latest or no tag, else IfNotPresent. */
export function defaultPullPolicy(image: string): 'Always' | 'IfNotPresent' {
  const parsed = parseImageReference(image);
  if (!parsed.ok) return 'IfNotPresent';
  return parsed.reference.tag === 'latest' ? 'Always' : 'IfNotPresent';
}
