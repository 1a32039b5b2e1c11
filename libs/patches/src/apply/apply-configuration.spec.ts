import { JsonObject, PatchError } from '../json-value';
import { applyConfiguration, ApplyResult } from './apply-configuration';
import { applyConflictMessage } from './conflicts';
import type { FieldSet } from './field-set';
import { decodeFieldsV1 } from './fields-v1';
import { goJsonEncode } from './go-json';
import { LAST_APPLIED_ANNOTATION } from './last-applied';
import { LATER, NOW, podTemplateSchema, webDeployment } from './spec-fixtures';
import { updateManagedFields } from './update-managed-fields';

const CONTAINERS = ['f:spec', 'f:template', 'f:spec', 'f:containers'];
const WEB = [...CONTAINERS, 'k:{"name":"web"}'];
const SIDECAR = [...CONTAINERS, 'k:{"name":"sidecar"}'];
const REPLICAS = ['f:spec', 'f:replicas'];

function apply(
  live: JsonObject | undefined,
  applied: JsonObject,
  manager = 'ci',
  extra: { force?: boolean; now?: Date } = {},
) {
  const apiVersion = typeof applied.apiVersion === 'string' ? applied.apiVersion : 'apps/v1';
  return applyConfiguration({
    live,
    applied,
    manager,
    force: extra.force ?? false,
    schema: podTemplateSchema,
    apiVersion,
    now: extra.now ?? NOW,
  });
}

/** The object as `kubectl create` / client-side `kubectl apply` leave it: one Update entry. */
function createdBy(manager: string, object: JsonObject): JsonObject {
  const apiVersion = object.apiVersion as string;
  return updateManagedFields({
    before: undefined,
    after: object,
    manager,
    apiVersion,
    now: NOW,
    schema: podTemplateSchema,
  });
}

function succeeded(result: ApplyResult): JsonObject {
  expect(result.conflicts).toEqual([]);
  return result.object;
}

const metadataOf = (object: JsonObject) => object.metadata as JsonObject;
const entries = (object: JsonObject) => (metadataOf(object).managedFields ?? []) as JsonObject[];
const entryOf = (object: JsonObject, manager: string) => entries(object).find((entry) => entry.manager === manager);
const owned = (object: JsonObject, manager: string): FieldSet =>
  decodeFieldsV1(entryOf(object, manager)?.fieldsV1 ?? {});
const body = (object: JsonObject): JsonObject => {
  const { managedFields: _ignored, ...metadata } = metadataOf(object);
  return { ...object, metadata };
};
const template = (object: JsonObject) => ((object.spec as JsonObject).template as JsonObject).spec as JsonObject;

describe('applyConfiguration: a Deployment', () => {
  it('creates the object when there is none, owned field by field by the applier', () => {
    const result = apply(undefined, webDeployment());
    const created = succeeded(result);
    expect(result.changed).toBe(true);
    expect(body(created)).toEqual(webDeployment());
    expect(entries(created)).toEqual([
      {
        manager: 'ci',
        operation: 'Apply',
        apiVersion: 'apps/v1',
        time: '2025-01-02T03:04:05Z',
        fieldsType: 'FieldsV1',
        fieldsV1: {
          'f:metadata': { 'f:labels': { 'f:app': {} } },
          'f:spec': {
            'f:replicas': {},
            'f:selector': { 'f:matchLabels': { 'f:app': {} } },
            'f:template': {
              'f:metadata': { 'f:labels': { 'f:app': {} } },
              'f:spec': {
                'f:containers': {
                  'k:{"name":"web"}': {
                    '.': {},
                    'f:image': {},
                    'f:name': {},
                    'f:ports': { 'k:{"containerPort":80}': { '.': {}, 'f:containerPort': {} } },
                  },
                },
              },
            },
          },
        },
      },
    ]);
  });

  it('changes nothing when the same configuration is applied again, not even the time', () => {
    const created = succeeded(apply(undefined, webDeployment()));
    const again = apply(created, webDeployment(), 'ci', { now: LATER });
    expect(again.changed).toBe(false);
    expect(succeeded(again)).toEqual(created);
  });

  it('removes a field the applier set before and leaves out now', () => {
    const created = succeeded(apply(undefined, webDeployment()));
    const config = webDeployment();
    delete (config.spec as JsonObject).replicas;
    delete metadataOf(config).labels;
    const result = succeeded(apply(created, config, 'ci', { now: LATER }));
    expect((result.spec as JsonObject).replicas).toBeUndefined();
    expect(metadataOf(result).labels).toBeUndefined();
    expect(owned(result, 'ci').has(REPLICAS)).toBe(false);
    expect(entryOf(result, 'ci')?.time).toBe('2025-01-02T04:00:00Z');
  });

  it('keeps a dropped field another applier still owns', () => {
    const created = succeeded(apply(undefined, webDeployment()));
    const shared = succeeded(apply(created, webDeployment(), 'autoscaler-config'));
    const config = webDeployment();
    delete (config.spec as JsonObject).replicas;
    const result = succeeded(apply(shared, config));
    expect((result.spec as JsonObject).replicas).toBe(2);
    expect(owned(result, 'autoscaler-config').has(REPLICAS)).toBe(true);
    expect(owned(result, 'ci').has(REPLICAS)).toBe(false);
  });

  it('conflicts on a field another manager owns with a different value, and changes nothing', () => {
    const live = createdBy('kubectl-client-side-apply', webDeployment());
    const result = apply(live, webDeployment({ replicas: 3 }));
    expect(result.object).toBe(live);
    expect(result.conflicts).toEqual([
      {
        manager: 'kubectl-client-side-apply',
        operation: 'Update',
        apiVersion: 'apps/v1',
        path: REPLICAS,
        field: '.spec.replicas',
      },
    ]);
    expect(applyConflictMessage(result.conflicts)).toBe(
      'Apply failed with 1 conflict: conflict with "kubectl-client-side-apply" using apps/v1: .spec.replicas',
    );
  });

  it('shares ownership when applying the value another manager set', () => {
    const live = createdBy('kubectl-client-side-apply', webDeployment());
    const result = succeeded(apply(live, webDeployment()));
    expect(owned(result, 'ci').has(REPLICAS)).toBe(true);
    expect(owned(result, 'kubectl-client-side-apply').has(REPLICAS)).toBe(true);
    expect(entries(result).map((entry) => [entry.manager, entry.operation])).toEqual([
      ['ci', 'Apply'],
      ['kubectl-client-side-apply', 'Update'],
    ]);
  });

  it('takes a conflicting field over with force', () => {
    const live = createdBy('kubectl-client-side-apply', webDeployment());
    const result = succeeded(apply(live, webDeployment({ replicas: 3 }), 'ci', { force: true }));
    expect((result.spec as JsonObject).replicas).toBe(3);
    expect(owned(result, 'ci').has(REPLICAS)).toBe(true);
    expect(owned(result, 'kubectl-client-side-apply').has(REPLICAS)).toBe(false);
    expect(owned(result, 'kubectl-client-side-apply').has([...WEB, 'f:image'])).toBe(true);
  });

  it('lists every conflict, per container', () => {
    const live = createdBy('kubectl-client-side-apply', webDeployment());
    const result = apply(live, webDeployment({ replicas: 3, image: 'nginx:1.28' }));
    expect(applyConflictMessage(result.conflicts)).toBe(
      [
        'Apply failed with 2 conflicts: conflicts with "kubectl-client-side-apply" using apps/v1:',
        '- .spec.replicas',
        '- .spec.template.spec.containers[name="web"].image',
      ].join('\n'),
    );
  });
});

describe('applyConfiguration: containers of several managers', () => {
  const sidecarOnly = (image: string): JsonObject => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default' },
    spec: { template: { spec: { containers: [{ name: 'sidecar', image }] } } },
  });

  it('adds a second manager’s container without touching the first or its owner', () => {
    const created = succeeded(apply(undefined, webDeployment()));
    const result = succeeded(apply(created, sidecarOnly('envoy:1'), 'mesh'));
    expect(template(result).containers).toEqual([
      { name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }] },
      { name: 'sidecar', image: 'envoy:1' },
    ]);
    expect(entryOf(result, 'ci')).toEqual(entryOf(created, 'ci'));
    expect(owned(result, 'mesh').paths()).toEqual([SIDECAR, [...SIDECAR, 'f:image'], [...SIDECAR, 'f:name']]);
  });

  it('keeps each container to its owner across re-applies, and removes one its applier drops', () => {
    const created = succeeded(apply(undefined, webDeployment()));
    const both = succeeded(apply(created, sidecarOnly('envoy:1'), 'mesh'));
    const webChanged = succeeded(apply(both, webDeployment({ image: 'nginx:1.28' })));
    expect(template(webChanged).containers).toEqual([
      { name: 'web', image: 'nginx:1.28', ports: [{ containerPort: 80 }] },
      { name: 'sidecar', image: 'envoy:1' },
    ]);
    const withoutSidecar = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' } };
    const result = succeeded(apply(webChanged, withoutSidecar, 'mesh'));
    expect(template(result).containers).toEqual([{ name: 'web', image: 'nginx:1.28', ports: [{ containerPort: 80 }] }]);
    expect(entryOf(result, 'mesh')).toBeUndefined();
  });

  it('names the container in a conflict with an edit', () => {
    const created = succeeded(apply(undefined, webDeployment()));
    const edit = structuredClone(created);
    (template(edit).containers as JsonObject[])[0].image = 'nginx:edit';
    const live = updateManagedFields({
      before: created,
      after: edit,
      manager: 'kubectl-edit',
      apiVersion: 'apps/v1',
      now: LATER,
      schema: podTemplateSchema,
    });
    const result = apply(live, webDeployment({ image: 'nginx:1.29' }));
    expect(result.conflicts.map((conflict) => [conflict.manager, conflict.field])).toEqual([
      ['kubectl-edit', '.spec.template.spec.containers[name="web"].image'],
    ]);
  });
});

describe('applyConfiguration: a ConfigMap', () => {
  const configMap = (data: JsonObject): JsonObject => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'settings', namespace: 'default' },
    data,
  });

  it('prunes keys the applier dropped and keeps keys an editor added', () => {
    const created = succeeded(apply(undefined, configMap({ a: '1', b: '2' })));
    const edited = updateManagedFields({
      before: created,
      after: { ...created, data: { a: '1', b: '2', c: 'mine' } },
      manager: 'kubectl-edit',
      apiVersion: 'v1',
      now: LATER,
      schema: podTemplateSchema,
    });
    const result = succeeded(apply(edited, configMap({ a: '1' }), 'ci', { now: LATER }));
    expect(result.data).toEqual({ a: '1', c: 'mine' });
    expect(owned(result, 'kubectl-edit').paths()).toEqual([['f:data', 'f:c']]);
    expect(owned(result, 'ci').paths()).toEqual([['f:data', 'f:a']]);
  });

  it('conflicts with the editor on its key, and shares a key set to the same value', () => {
    const created = createdBy('kubectl-create', configMap({ a: '1', b: '2' }));
    expect(apply(created, configMap({ a: '1' })).conflicts).toEqual([]);
    expect(apply(created, configMap({ b: 'x' })).conflicts.map((conflict) => conflict.field)).toEqual(['.data.b']);
  });
});

describe('applyConfiguration: kubectl apply --server-side after client-side apply', () => {
  function clientSideApplied(config: JsonObject): JsonObject {
    const annotated = structuredClone(config);
    metadataOf(annotated).annotations = { [LAST_APPLIED_ANNOTATION]: JSON.stringify(config) };
    return createdBy('kubectl-client-side-apply', annotated);
  }

  it('takes over what the last-applied annotation still describes, and rewrites the annotation', () => {
    const live = clientSideApplied(webDeployment());
    const result = succeeded(apply(live, webDeployment({ replicas: 5 }), 'kubectl'));
    expect((result.spec as JsonObject).replicas).toBe(5);
    expect(owned(result, 'kubectl-client-side-apply').has(REPLICAS)).toBe(false);
    const annotations = metadataOf(result).annotations as JsonObject;
    expect(annotations[LAST_APPLIED_ANNOTATION]).toBe(goJsonEncode(webDeployment({ replicas: 5 })));
  });

  it('still conflicts for other field managers', () => {
    const live = clientSideApplied(webDeployment());
    expect(apply(live, webDeployment({ replicas: 5 }), 'ci').conflicts).toHaveLength(1);
  });

  it('lets kubectl-last-applied own the annotation alone without changing the object', () => {
    const live = clientSideApplied(webDeployment());
    const annotation = (metadataOf(live).annotations as JsonObject)[LAST_APPLIED_ANNOTATION] as string;
    const justAnnotation = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'default', annotations: { [LAST_APPLIED_ANNOTATION]: annotation } },
    };
    const result = apply(live, justAnnotation, 'kubectl-last-applied');
    expect(result.changed).toBe(false);
    expect(body(succeeded(result))).toEqual(body(live));
    expect(owned(result.object, 'kubectl-last-applied').paths()).toEqual([
      ['f:metadata', 'f:annotations', `f:${LAST_APPLIED_ANNOTATION}`],
    ]);
    // Upstream stamps an applier's entry only when the object changed.
    expect(entryOf(result.object, 'kubectl-last-applied')?.time).toBeUndefined();
  });
});

describe('applyConfiguration: requests upstream refuses or ignores', () => {
  it('never prunes identity, even when a configuration leaves metadata out', () => {
    const created = succeeded(apply(undefined, webDeployment()));
    const result = succeeded(apply(created, { apiVersion: 'apps/v1', kind: 'Deployment' }));
    expect(metadataOf(result)).toMatchObject({ name: 'web', namespace: 'default' });
    expect(metadataOf(result).labels).toBeUndefined();
    expect(result.spec).toBeUndefined();
  });

  it('refuses managedFields in the configuration and a version other than the endpoint’s', () => {
    const withManaged = webDeployment();
    metadataOf(withManaged).managedFields = [];
    expect(() => apply(undefined, withManaged)).toThrow(new PatchError('metadata.managedFields must be nil'));
    expect(() =>
      applyConfiguration({
        live: undefined,
        applied: { ...webDeployment(), apiVersion: 'apps/v1beta1' },
        manager: 'ci',
        force: false,
        schema: podTemplateSchema,
        apiVersion: 'apps/v1',
        now: NOW,
      }),
    ).toThrow('Incorrect version specified in apply patch. Specified patch version: apps/v1beta1, expected: apps/v1');
  });

  it('leaves ignored fields (status on the main resource) to the live object and to no owner', () => {
    const live = { ...createdBy('kubectl-create', webDeployment()), status: { replicas: 2 } };
    const result = applyConfiguration({
      live,
      applied: { ...webDeployment(), status: { replicas: 9 } },
      manager: 'ci',
      force: false,
      schema: podTemplateSchema,
      apiVersion: 'apps/v1',
      now: NOW,
      ignoredFields: [['status']],
    });
    expect(succeeded(result).status).toEqual({ replicas: 2 });
    expect(owned(result.object, 'ci').under('f:status')).toBeUndefined();
  });
});
