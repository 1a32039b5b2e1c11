/** Paths of the Kubernetes endpoint the benchmark requests, below https://host:port. */
export const kubePaths = {
  configMaps: (sandboxId: string): string => `/clusters/${sandboxId}/api/v1/namespaces/default/configmaps`,
  configMap: (sandboxId: string, name: string): string =>
    `/clusters/${sandboxId}/api/v1/namespaces/default/configmaps/${name}`,
  pods: (sandboxId: string): string => `/clusters/${sandboxId}/api/v1/namespaces/default/pods`,
  /** Authenticated, no store access: what a request costs before the resource handler. */
  sandboxVersion: (sandboxId: string): string => `/clusters/${sandboxId}/version`,
  /** Public: TLS, Express and Nest only. */
  version: (): string => '/version',
};

/** What kubectl get sends: a Table, else the object. */
export const TABLE_ACCEPT = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json';

/** A ConfigMap body as kubectl create sends it (JSON). */
export function configMapBody(name: string, data: Record<string, string>): string {
  return JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data });
}
