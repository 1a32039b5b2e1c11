import { Injectable } from '@nestjs/common';
import { DomainError } from '@ksb/errors';
import { kindOf, ObjectsService } from '@ksb/kube-objects';
import { graphqlCodeOf } from '../errors/graphql-error-code';
import type { ApplyManifestResult, AppliedObject, ObjectError } from './apply-result.type';
import { type ManifestEntry, manifestEntries } from './manifest-documents';

/** The field manager GraphQL applies as (kubectl's is "kubectl"). */
export const GRAPHQL_FIELD_MANAGER = 'kube-sandbox-graphql';

const errorOf = (error: unknown): ObjectError => {
  if (!(error instanceof DomainError)) throw error;
  return {
    code: graphqlCodeOf(error.code),
    message: error.message,
    causes: (error.details.causes ?? []).map((cause) => ({
      field: cause.field ?? null,
      message: cause.message,
      reason: cause.reason ?? null,
    })),
  };
};

const resultOf = (entry: ManifestEntry, action: string | null, error: ObjectError | null): AppliedObject => ({
  index: entry.index,
  apiVersion: entry.apiVersion,
  kind: entry.kind,
  namespace: entry.namespace,
  name: entry.name,
  action,
  error,
});

/**
 * Applies a multi-document manifest as `kubectl apply --server-side --force-conflicts` would, all or nothing
 * as far as checking goes: every object is first applied as a dry run (admission, validation, namespaces the
 * manifest itself creates taken as existing); only when all pass are they applied for real, in order.
 */
@Injectable()
export class ManifestsService {
  constructor(private readonly objects: ObjectsService) {}

  async apply(sandboxId: string, manifest: string, defaultNamespace = 'default'): Promise<ApplyManifestResult> {
    const entries = manifestEntries(manifest, defaultNamespace);
    const assumeNamespaces = entries.filter((e) => e.definition?.plural === 'namespaces').map((e) => e.name);
    const checked = await Promise.all(
      entries.map(async (entry) => {
        if (entry.problem) {
          const causes = entry.problem.causes.map((c) => ({
            field: c.field ?? null,
            message: c.message,
            reason: c.reason ?? null,
          }));
          return resultOf(entry, null, { code: 'BAD_USER_INPUT', message: entry.problem.message, causes });
        }
        try {
          await this.applyOne(sandboxId, entry, { dryRun: true, assumeNamespaces });
          return resultOf(entry, null, null);
        } catch (error) {
          return resultOf(entry, null, errorOf(error));
        }
      }),
    );
    if (checked.some((result) => result.error)) return { applied: false, objects: checked };
    const applied: AppliedObject[] = [];
    for (const entry of entries) {
      try {
        applied.push(resultOf(entry, await this.applyOne(sandboxId, entry, {}), null));
      } catch (error) {
        // Something changed between the check and the write (another writer): reported, the rest stand.
        applied.push(resultOf(entry, null, errorOf(error)));
      }
    }
    return { applied: applied.every((result) => !result.error), objects: applied };
  }

  private async applyOne(
    sandboxId: string,
    entry: ManifestEntry,
    options: { dryRun?: boolean; assumeNamespaces?: readonly string[] },
  ): Promise<string> {
    if (!entry.definition) throw new Error('entry without a definition');
    const scope = { sandboxId, kind: kindOf(entry.definition), namespace: entry.namespace ?? undefined };
    const object = entry.namespace
      ? { ...entry.object, metadata: { ...(entry.object.metadata as object), namespace: entry.namespace } }
      : entry.object;
    const result = await this.objects.apply(scope, entry.name, object, {
      fieldManager: GRAPHQL_FIELD_MANAGER,
      force: true,
      ...options,
    });
    return result.created ? 'created' : result.changed ? 'configured' : 'unchanged';
  }
}
