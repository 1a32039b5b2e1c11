import { isIP } from 'node:net';
import type { AppConfig } from '@ksb/config';
import { invalid } from '@ksb/errors';

/**
 * The Kubernetes server URL of a sandbox: `https://<host>:<KUBE_PORT>/clusters/<id>`, host the first
 * configured name that is not a wildcard, else localhost. `override` (an https URL, e.g. the address of a
 * proxy in front of the endpoint) replaces scheme, host and port, and may add a path before /clusters.
 */
export function kubeServerUrl(
  config: Pick<AppConfig, 'KUBE_HOSTNAMES' | 'KUBE_PORT'>,
  sandboxId: string,
  override?: string,
): string {
  const base = override !== undefined ? checkedOverride(override) : defaultBase(config);
  return `${base}/clusters/${sandboxId}`;
}

function defaultBase(config: Pick<AppConfig, 'KUBE_HOSTNAMES' | 'KUBE_PORT'>): string {
  const host = config.KUBE_HOSTNAMES.find((name) => !name.startsWith('*.')) ?? 'localhost';
  return `https://${isIP(host) === 6 ? `[${host}]` : host}:${config.KUBE_PORT}`;
}

function checkedOverride(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== 'https:' || url.username || url.password || url.search || url.hash) {
    throw invalid('invalid server', [
      { field: 'server', message: 'must be an https URL without credentials, query or fragment' },
    ]);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
