import type { KubeObject } from '@ksb/store';

// The serviceaccounts-controller: every active namespace has a "default" ServiceAccount.

export const DEFAULT_ACCOUNT = 'default';

const isActive = (namespace: KubeObject): boolean =>
  !namespace.metadata.deletionTimestamp &&
  (namespace.status as { phase?: string } | undefined)?.phase !== 'Terminating';

/** The ServiceAccounts to create: "default" in each active namespace that lacks it. */
export function missingDefaultAccounts(
  namespaces: readonly KubeObject[],
  accounts: readonly KubeObject[],
): KubeObject[] {
  const present = new Set(
    accounts
      .filter((account) => account.metadata.name === DEFAULT_ACCOUNT)
      .map((account) => account.metadata.namespace ?? ''),
  );
  return namespaces
    .filter((namespace) => isActive(namespace) && !present.has(namespace.metadata.name ?? ''))
    .map((namespace) => ({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: DEFAULT_ACCOUNT, namespace: namespace.metadata.name },
    }));
}
