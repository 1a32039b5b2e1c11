import type { FieldSet } from './field-set';
import { managerIdentity, ManagedFieldsOperation, ManagerFields } from './managed-fields';
import { describePath, FieldPath } from './path-element';

/** A field this apply would change that another manager owns. */
export interface ApplyConflict {
  manager: string;
  operation: ManagedFieldsOperation;
  apiVersion: string;
  subresource?: string;
  path: FieldPath;
  /** The path as the API server prints it: `.spec.replicas`, `.spec.template.spec.containers[name="web"].image`. */
  field: string;
}

/** A Status cause of the 409 (metav1.StatusCause, whose type is serialised as `reason`). */
export interface FieldManagerConflictCause {
  reason: 'FieldManagerConflict';
  message: string;
  field: string;
}

/**
 * One conflict per owned path, grouped by manager. Upstream walks a map (random manager order);
 * these are sorted by manager identifier, as the message groups them, then by path.
 */
export function conflictsWith(owners: readonly { owner: ManagerFields; fields: FieldSet }[]): ApplyConflict[] {
  return [...owners]
    .sort((a, b) => (managerIdentity(a.owner) < managerIdentity(b.owner) ? -1 : 1))
    .flatMap(({ owner, fields }) =>
      fields.paths().map((path) => ({
        manager: owner.manager,
        operation: owner.operation,
        apiVersion: owner.apiVersion,
        ...(owner.subresource ? { subresource: owner.subresource } : {}),
        path,
        field: describePath(path),
      })),
    );
}

/** Upstream printManager: `"kubectl-client-side-apply" using apps/v1` for updaters, the bare name for appliers. */
export function describeManager(conflict: Omit<ApplyConflict, 'path' | 'field'>): string {
  let text = JSON.stringify(conflict.manager);
  if (conflict.subresource) text += ` with subresource ${JSON.stringify(conflict.subresource)}`;
  return conflict.operation === 'Update' ? `${text} using ${conflict.apiVersion}` : text;
}

/** The 409 message, worded as the API server words it (k8s.io/apimachinery managedfields conflict.go). */
export function applyConflictMessage(conflicts: readonly ApplyConflict[]): string {
  if (conflicts.length === 1) {
    const [only] = conflicts;
    return `Apply failed with 1 conflict: conflict with ${describeManager(only)}: ${only.field}`;
  }
  const byManager = new Map<string, ApplyConflict[]>();
  for (const conflict of conflicts) {
    const identity = managerIdentity(conflict);
    byManager.set(identity, [...(byManager.get(identity) ?? []), conflict]);
  }
  const lines = [...byManager.keys()].sort().flatMap((identity) => {
    const group = byManager.get(identity) ?? [];
    return [`conflicts with ${describeManager(group[0])}:`, ...group.map((conflict) => `- ${conflict.field}`)];
  });
  return `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`;
}

export function applyConflictCauses(conflicts: readonly ApplyConflict[]): FieldManagerConflictCause[] {
  return conflicts.map((conflict) => ({
    reason: 'FieldManagerConflict',
    message: `conflict with ${describeManager(conflict)}`,
    field: conflict.field,
  }));
}
