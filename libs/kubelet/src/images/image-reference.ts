import { createHash } from 'node:crypto';

export interface ImageReference {
  /** As the user wrote it (events quote this). */
  given: string;
  /** Fully qualified, as containerd reports it: docker.io/library/nginx:latest. */
  name: string;
  /** repository@sha256:digest, as status.imageID. */
  id: string;
  tag: string;
}

/** Normalizes an image reference the way containerd does (default registry, library/ namespace, :latest). */
export function parseImage(given: string): ImageReference {
  const [withoutDigest] = given.split('@');
  const slash = withoutDigest.indexOf('/');
  const first = slash === -1 ? '' : withoutDigest.slice(0, slash);
  const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
  let path = hasRegistry ? withoutDigest.slice(slash + 1) : withoutDigest;
  const registry = hasRegistry ? first : 'docker.io';
  if (!hasRegistry && !path.includes('/')) path = `library/${path}`;
  const colon = path.lastIndexOf(':');
  const repository = colon === -1 ? path : path.slice(0, colon);
  const tag = colon === -1 ? 'latest' : path.slice(colon + 1);
  // A stable digest per name and tag: the same image always reports the same ID.
  const digest = createHash('sha256').update(`${registry}/${repository}:${tag}`).digest('hex');
  return {
    given,
    name: `${registry}/${repository}:${tag}`,
    id: `${registry}/${repository}@sha256:${digest}`,
    tag,
  };
}

/** imagePullPolicy's default: Always for :latest (or no tag), else IfNotPresent. */
export const defaultPullPolicy = (image: string): string =>
  parseImage(image).tag === 'latest' ? 'Always' : 'IfNotPresent';
