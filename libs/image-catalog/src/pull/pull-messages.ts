import type { ImageLookup } from '../catalog';

type Failed = Exclude<ImageLookup, { kind: 'found' }>;

/** A failed pull, worded as containerd and the kubelet report it. */
export interface PullFailure {
  /** Container waiting reason: ErrImagePull (then ImagePullBackOff) or InvalidImageName. */
  reason: 'ErrImagePull' | 'InvalidImageName';
  /** The runtime's error (a gRPC status, as the kubelet quotes it). */
  error: string;
  /** The kubelet's Warning event (reason Failed, or InspectFailed for a malformed name). */
  event: string;
  eventReason: 'Failed' | 'InspectFailed';
}

/**
 * containerd's words for each missing piece: an unknown repository looks like a private one on Docker Hub
 * ("pull access denied"), an unknown tag or digest is NotFound, an unknown registry host fails its lookup.
 */
export function pullFailure(lookup: Failed): PullFailure {
  if (lookup.kind === 'invalid') {
    return {
      reason: 'InvalidImageName',
      error: lookup.message,
      event: `Failed to apply default image tag "${lookup.given}": ${lookup.message}`,
      eventReason: 'InspectFailed',
    };
  }
  const { reference } = lookup;
  const name = reference.name;
  const prefix = `failed to pull and unpack image "${name}": failed to resolve reference "${name}"`;
  let error: string;
  switch (lookup.missing) {
    case 'repository':
      error = `rpc error: code = Unknown desc = ${prefix}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
      break;
    case 'tag':
    case 'digest':
      error = `rpc error: code = NotFound desc = ${prefix}: ${name}: not found`;
      break;
    case 'registry': {
      const manifest = reference.digest ?? reference.tag;
      error = `rpc error: code = Unknown desc = ${prefix}: failed to do request: Head "https://${reference.registry}/v2/${reference.repository}/manifests/${manifest}": dial tcp: lookup ${reference.registry.split(':')[0]}: no such host`;
      break;
    }
    default: {
      const _never: never = lookup.missing;
      throw new Error(`unknown missing part ${String(_never)}`);
    }
  }
  return {
    reason: 'ErrImagePull',
    error,
    event: `Failed to pull image "${reference.given}": ${error}`,
    eventReason: 'Failed',
  };
}

/** The kubelet's image events around a pull (Pulling, Pulled, BackOff), given the image as written. */
export const pullEvents = {
  pulling: (image: string) => `Pulling image "${image}"`,
  pulled: (image: string, took: string, sizeBytes: number) =>
    `Successfully pulled image "${image}" in ${took} (${took} including waiting). Image size: ${sizeBytes} bytes.`,
  alreadyPresent: (image: string) => `Container image "${image}" already present on machine`,
  errorReason: (reason: 'ErrImagePull' | 'ImagePullBackOff' | 'InvalidImageName') => `Error: ${reason}`,
  backOff: (image: string) => `Back-off pulling image "${image}"`,
  /** With imagePullPolicy: Never and the image absent (reason ErrImageNeverPull). */
  neverPull: (image: string) => `Container image "${image}" is not present with pull policy of Never`,
};
