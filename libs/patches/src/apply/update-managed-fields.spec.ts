import type { JsonObject } from '../json-value';
import { applyConfiguration } from './apply-configuration';
import { decodeFieldsV1 } from './fields-v1';
import { LATER, NOW, podTemplateSchema, webDeployment } from './spec-fixtures';
import { updateManagedFields, UpdateOptions } from './update-managed-fields';

const update = (options: Partial<UpdateOptions> & Pick<UpdateOptions, 'after' | 'manager'>) =>
  updateManagedFields({ before: undefined, apiVersion: 'apps/v1', now: NOW, schema: podTemplateSchema, ...options });
const entries = (object: JsonObject) => ((object.metadata as JsonObject).managedFields ?? []) as JsonObject[];
const owned = (object: JsonObject, manager: string) =>
  decodeFieldsV1(entries(object).find((entry) => entry.manager === manager)?.fieldsV1 ?? {});
const withReplicas = (object: JsonObject, replicas: number): JsonObject => ({
  ...object,
  spec: { ...(object.spec as JsonObject), replicas },
});

describe('updateManagedFields', () => {
  it('gives a creator everything it set, as upstream records kubectl create', () => {
    const created = update({ after: webDeployment(), manager: 'kubectl-create' });
    expect(entries(created)).toEqual([
      {
        manager: 'kubectl-create',
        operation: 'Update',
        apiVersion: 'apps/v1',
        time: '2025-01-02T03:04:05Z',
        fieldsType: 'FieldsV1',
        fieldsV1: {
          'f:metadata': { 'f:labels': { '.': {}, 'f:app': {} } },
          'f:spec': {
            'f:replicas': {},
            'f:selector': { 'f:matchLabels': { '.': {}, 'f:app': {} } },
            'f:template': {
              'f:metadata': { 'f:labels': { '.': {}, 'f:app': {} } },
              'f:spec': {
                'f:containers': {
                  '.': {},
                  'k:{"name":"web"}': {
                    '.': {},
                    'f:image': {},
                    'f:name': {},
                    'f:ports': { '.': {}, 'k:{"containerPort":80}': { '.': {}, 'f:containerPort': {} } },
                  },
                },
              },
            },
          },
        },
      },
    ]);
  });

  it('moves a changed field from its owner to the writer, stamping only the writer', () => {
    const created = update({ after: webDeployment(), manager: 'kubectl-create' });
    const scaled = update({ before: created, after: withReplicas(created, 5), manager: 'kubectl-scale', now: LATER });
    expect(owned(scaled, 'kubectl-scale').paths()).toEqual([['f:spec', 'f:replicas']]);
    expect(owned(scaled, 'kubectl-create').has(['f:spec', 'f:replicas'])).toBe(false);
    expect(entries(scaled).map((entry) => [entry.manager, entry.time])).toEqual([
      ['kubectl-create', '2025-01-02T03:04:05Z'],
      ['kubectl-scale', '2025-01-02T04:00:00Z'],
    ]);
  });

  it('takes fields from appliers too, and drops removed fields from every owner', () => {
    const applied = applyConfiguration({
      live: undefined,
      applied: webDeployment(),
      manager: 'ci',
      force: false,
      schema: podTemplateSchema,
      apiVersion: 'apps/v1',
      now: NOW,
    }).object;
    const edit = withReplicas(structuredClone(applied), 4);
    delete ((edit.metadata as JsonObject).labels as JsonObject).app;
    const edited = update({ before: applied, after: edit, manager: 'kubectl-edit' });
    expect(owned(edited, 'ci').has(['f:spec', 'f:replicas'])).toBe(false);
    expect(owned(edited, 'ci').has(['f:metadata', 'f:labels', 'f:app'])).toBe(false);
    expect(owned(edited, 'kubectl-edit').paths()).toEqual([['f:spec', 'f:replicas']]);
  });

  it('records nothing for a write that changes nothing', () => {
    const created = update({ after: webDeployment(), manager: 'kubectl-create' });
    expect(update({ before: created, after: created, manager: 'kubectl-replace', now: LATER })).toEqual(created);
  });

  it('honours managedFields the request rewrites, and clears them on [{}]', () => {
    const created = update({ after: webDeployment(), manager: 'kubectl-client-side-apply' });
    const migrated = entries(created).map((entry) => ({ ...entry, manager: 'kubectl', operation: 'Apply' }));
    const patched = { ...created, metadata: { ...(created.metadata as JsonObject), managedFields: migrated } };
    const result = update({ before: created, after: patched, manager: 'kubectl' });
    expect(entries(result).map((entry) => [entry.manager, entry.operation])).toEqual([['kubectl', 'Apply']]);

    const cleared = { ...created, metadata: { ...(created.metadata as JsonObject), managedFields: [{}] } };
    expect(
      (update({ before: created, after: cleared, manager: 'x' }).metadata as JsonObject).managedFields,
    ).toBeUndefined();
  });

  it('records a subresource writer as its own manager and ignores managedFields it sends', () => {
    const created = update({ after: webDeployment(), manager: 'kubectl-create' });
    const scaled = update({
      before: created,
      after: withReplicas(created, 3),
      manager: 'kubectl',
      subresource: 'scale',
    });
    const entry = entries(scaled).find((candidate) => candidate.subresource === 'scale');
    expect(entry?.manager).toBe('kubectl');
    expect(Object.keys(entry ?? {})).toEqual([
      'manager',
      'operation',
      'apiVersion',
      'time',
      'fieldsType',
      'fieldsV1',
      'subresource',
    ]);
  });

  it('does not record ignored fields such as status', () => {
    const created = update({ after: webDeployment(), manager: 'kubectl-create' });
    const withStatus = update({
      before: created,
      after: { ...created, status: { replicas: 2 } },
      manager: 'deployment-controller',
      ignoredFields: [['status']],
    });
    expect(entries(withStatus).map((entry) => entry.manager)).toEqual(['kubectl-create']);
  });
});
