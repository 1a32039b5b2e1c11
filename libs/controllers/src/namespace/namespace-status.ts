import { isDeepStrictEqual } from 'node:util';
import type { KubeObject } from '@ksb/store';

// The namespace deleter's status bookkeeping (upstream namespace/deletion/status_condition_utils.go).

export interface NamespaceCondition {
  type: string;
  status: 'True' | 'False';
  lastTransitionTime: string;
  reason: string;
  message: string;
}

/** An object still in the namespace after a deletion pass, with its resource as upstream names it. */
export interface RemainingItem {
  /** "plural.group": "pods." for core pods, "deployments.apps". */
  resource: string;
  object: KubeObject;
}

const CONDITION_TYPES = [
  'NamespaceDeletionDiscoveryFailure',
  'NamespaceDeletionGroupVersionParsingFailure',
  'NamespaceDeletionContentFailure',
  'NamespaceContentRemaining',
  'NamespaceFinalizersRemaining',
] as const;

const OK: Record<(typeof CONDITION_TYPES)[number], { reason: string; message: string }> = {
  NamespaceDeletionDiscoveryFailure: {
    reason: 'ResourcesDiscovered',
    message: 'All resources successfully discovered',
  },
  NamespaceDeletionGroupVersionParsingFailure: {
    reason: 'ParsedGroupVersions',
    message: 'All legacy kube types successfully parsed',
  },
  NamespaceDeletionContentFailure: {
    reason: 'ContentDeleted',
    message: 'All content successfully deleted, may be waiting on finalization',
  },
  NamespaceContentRemaining: { reason: 'ContentRemoved', message: 'All content successfully removed' },
  NamespaceFinalizersRemaining: { reason: 'ContentRemoved', message: 'All content successfully removed' },
};

const countBy = (keys: string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
};

/** ProcessContentTotals and makeDeleteContentCondition: the failing conditions of this pass. */
function failing(remaining: readonly RemainingItem[], failures: readonly string[]): Map<string, [string, string]> {
  const result = new Map<string, [string, string]>();
  if (remaining.length) {
    const parts = [...countBy(remaining.map((r) => r.resource))].map(([r, n]) => `${r} has ${n} resource instances`);
    result.set('NamespaceContentRemaining', [
      'SomeResourcesRemain',
      `Some resources are remaining: ${parts.sort().join(', ')}`,
    ]);
  }
  const finalizers = remaining.flatMap((r) => r.object.metadata.finalizers ?? []);
  if (finalizers.length) {
    const parts = [...countBy(finalizers)].map(([f, n]) => `${f} in ${n} resource instances`);
    result.set('NamespaceFinalizersRemaining', [
      'SomeFinalizerRemain',
      `Some finalizers are remaining: ${parts.sort().join(', ')}`,
    ]);
  }
  if (failures.length) {
    const messages = [...failures].sort();
    result.set('NamespaceDeletionContentFailure', [
      'ContentDeletionFailed',
      `Failed to delete all resource types, ${messages.length} remaining: ${messages.join(', ')}`,
    ]);
  }
  return result;
}

/**
 * updateConditions: every deleter condition, True with its reason while failing, else its "ok" variant;
 * lastTransitionTime moves only when the status flips. Returns the conditions list to write.
 */
export function namespaceConditions(
  existing: readonly NamespaceCondition[],
  remaining: readonly RemainingItem[],
  failures: readonly string[],
  now: string,
): NamespaceCondition[] {
  const failed = failing(remaining, failures);
  const conditions = existing.map((c) => ({ ...c }));
  for (const type of CONDITION_TYPES) {
    const bad = failed.get(type);
    const wanted = bad
      ? { status: 'True' as const, reason: bad[0], message: bad[1] }
      : { status: 'False' as const, ...OK[type] };
    const old = conditions.find((c) => c.type === type);
    if (!old) conditions.push({ type, ...wanted, lastTransitionTime: now });
    else if (old.status !== wanted.status || old.reason !== wanted.reason || old.message !== wanted.message) {
      if (old.status !== wanted.status) old.lastTransitionTime = now;
      Object.assign(old, wanted);
    }
  }
  return conditions;
}

export const sameConditions = (a: readonly NamespaceCondition[], b: readonly NamespaceCondition[]): boolean =>
  isDeepStrictEqual(a, b);

/** A finalizer still on remaining content: assume it takes this long (finalizerEstimateSeconds). */
const FINALIZER_ESTIMATE_SECONDS = 15;

/**
 * How long until the content is likely gone: the longest grace period of pods not yet finished, at
 * least the finalizer estimate when finalizers remain. The controller looks again after half of it plus 1.
 */
export function estimateSeconds(remaining: readonly RemainingItem[]): number {
  let estimate = 0;
  for (const { resource, object } of remaining) {
    if (resource === 'pods.') {
      const phase = (object.status as { phase?: string } | undefined)?.phase;
      const grace = (object.spec as { terminationGracePeriodSeconds?: number } | undefined)
        ?.terminationGracePeriodSeconds;
      if (phase !== 'Succeeded' && phase !== 'Failed' && grace !== undefined) estimate = Math.max(estimate, grace);
    }
    if (object.metadata.finalizers?.length) estimate = Math.max(estimate, FINALIZER_ESTIMATE_SECONDS);
  }
  return estimate;
}
