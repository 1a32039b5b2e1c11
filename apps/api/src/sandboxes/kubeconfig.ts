/** What a kubeconfig for one sandbox holds. */
export interface KubeconfigInput {
  /** Cluster, user and context name. */
  name: string;
  server: string;
  caPem: string;
  token: string;
  namespace: string;
}

// Every value is written as a JSON string, which YAML reads as a double-quoted scalar: no escaping rules
// of our own, whatever a name or host holds.
const q = (value: string) => JSON.stringify(value);

/** A kubeconfig with one cluster, user and context, the context current (as `kind` writes them). */
export function renderKubeconfig(input: KubeconfigInput): string {
  const name = q(input.name);
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    `  - name: ${name}`,
    '    cluster:',
    `      server: ${q(input.server)}`,
    `      certificate-authority-data: ${q(Buffer.from(input.caPem).toString('base64'))}`,
    'users:',
    `  - name: ${name}`,
    '    user:',
    `      token: ${q(input.token)}`,
    'contexts:',
    `  - name: ${name}`,
    '    context:',
    `      cluster: ${name}`,
    `      user: ${name}`,
    `      namespace: ${q(input.namespace)}`,
    `current-context: ${name}`,
    'preferences: {}',
    '',
  ].join('\n');
}
