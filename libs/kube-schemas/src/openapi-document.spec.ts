import { openApiDocument } from './openapi-document';
import type { OpenApiDocument, OpenApiKind, OpenApiOperation } from './openapi-types';
import { refName, type GroupVersionKind } from './schema';

const core = (kind: string, plural: string, namespaced = true, extra: Partial<OpenApiKind> = {}): OpenApiKind => ({
  group: '',
  version: 'v1',
  kind,
  plural,
  namespaced,
  ...extra,
});
const CORE_KINDS = [
  core('Pod', 'pods', true, { subresources: ['status', 'log', 'exec'] }),
  core('Service', 'services', true, { subresources: ['status'] }),
  core('ConfigMap', 'configmaps'),
  core('Namespace', 'namespaces', false),
];
const APPS_KINDS: OpenApiKind[] = [
  {
    group: 'apps',
    version: 'v1',
    kind: 'Deployment',
    plural: 'deployments',
    namespaced: true,
    subresources: ['scale', 'status'],
  },
];

const gvkOf = (op: OpenApiOperation | undefined): GroupVersionKind | undefined =>
  op?.['x-kubernetes-group-version-kind'];

/** What kubectl --validate=strict does (supportsQueryParamV3): the kind's PATCH must list fieldValidation. */
function kubectlSeesFieldValidation(doc: OpenApiDocument, gvk: GroupVersionKind): boolean {
  const patches = Object.values(doc.paths)
    .map((item) => item.patch)
    .filter((op) => {
      const tagged = gvkOf(op);
      return tagged?.group === gvk.group && tagged.version === gvk.version && tagged.kind === gvk.kind;
    });
  return (
    patches.length > 0 &&
    patches.every((op) => op?.parameters?.some((p) => p.name === 'fieldValidation' && p.in === 'query'))
  );
}

function refsIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, into));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') into.add(refName(child));
      else refsIn(child, into);
    }
  }
  return into;
}

describe('openApiDocument', () => {
  const { document: doc } = openApiDocument('v1', CORE_KINDS);

  it('has the pods PATCH operation with fieldValidation, as kubectl --validate=strict requires', () => {
    const patch = doc.paths['/api/v1/namespaces/{namespace}/pods/{name}'].patch;
    expect(patch?.['x-kubernetes-action']).toBe('patch');
    expect(gvkOf(patch)).toEqual({ group: '', version: 'v1', kind: 'Pod' });
    expect(patch?.operationId).toBe('patchCoreV1NamespacedPod');
    expect(patch?.parameters?.map((p) => p.name)).toEqual(['dryRun', 'fieldManager', 'fieldValidation', 'force']);
    expect(Object.keys(patch?.requestBody?.content ?? {})).toEqual([
      'application/apply-patch+yaml',
      'application/json-patch+json',
      'application/merge-patch+json',
      'application/strategic-merge-patch+json',
    ]);
    for (const kind of ['Pod', 'Service', 'ConfigMap', 'Namespace']) {
      expect(kubectlSeesFieldValidation(doc, { group: '', version: 'v1', kind })).toBe(true);
    }
  });

  it('lays out paths as upstream: namespaced, cluster-scoped, all-namespaces lists, status', () => {
    expect(Object.keys(doc.paths)).toEqual([
      '/api/v1/configmaps',
      '/api/v1/namespaces',
      '/api/v1/namespaces/{namespace}/configmaps',
      '/api/v1/namespaces/{namespace}/configmaps/{name}',
      '/api/v1/namespaces/{namespace}/pods',
      '/api/v1/namespaces/{namespace}/pods/{name}',
      '/api/v1/namespaces/{namespace}/pods/{name}/status',
      '/api/v1/namespaces/{namespace}/services',
      '/api/v1/namespaces/{namespace}/services/{name}',
      '/api/v1/namespaces/{namespace}/services/{name}/status',
      '/api/v1/namespaces/{name}',
      '/api/v1/pods',
      '/api/v1/services',
    ]);
    const pods = doc.paths['/api/v1/namespaces/{namespace}/pods'];
    expect(pods.get?.['x-kubernetes-action']).toBe('list');
    expect(pods.post?.parameters?.map((p) => p.name)).toContain('fieldValidation');
    expect(pods.delete?.['x-kubernetes-action']).toBe('deletecollection');
    expect(pods.parameters?.map((p) => p.name)).toEqual(['namespace', 'pretty']);
    expect(doc.paths['/api/v1/namespaces/{name}'].parameters?.map((p) => p.name)).toEqual(['name', 'pretty']);
    expect(doc.paths['/api/v1/pods'].get?.operationId).toBe('listCoreV1PodForAllNamespaces');
    expect(pods.get?.responses['200'].content?.['application/json'].schema.$ref).toBe(
      '#/components/schemas/io.k8s.api.core.v1.PodList',
    );
  });

  it('holds every schema its operations reference, and nothing it does not need', () => {
    expect(doc.openapi).toBe('3.0.0');
    const schemas = doc.components.schemas;
    expect(schemas['io.k8s.api.core.v1.Pod']['x-kubernetes-group-version-kind']).toEqual([
      { group: '', version: 'v1', kind: 'Pod' },
    ]);
    for (const ref of refsIn(doc)) expect(schemas[ref]).toBeDefined();
    expect(schemas['io.k8s.api.apps.v1.Deployment']).toBeUndefined();
    expect(schemas['io.k8s.api.core.v1.PodSpec'].properties?.containers['x-kubernetes-patch-merge-key']).toBe('name');
  });

  it('is deterministic and cached', () => {
    const again = openApiDocument('v1', [...CORE_KINDS].reverse());
    const first = openApiDocument('v1', CORE_KINDS);
    expect(again).toBe(first);
    expect(first.hash).toMatch(/^[0-9A-F]{128}$/);
    expect(JSON.parse(first.json)).toEqual(first.document);
    const other = openApiDocument('v1', CORE_KINDS, { serverVersion: 'v1.32.4' });
    expect(other.hash).not.toBe(first.hash);
    expect(other.json.replace('v1.32.4', 'v1.32.0')).toBe(first.json);
  });

  it('documents apps/v1 with the scale subresource', () => {
    const apps = openApiDocument('apps/v1', APPS_KINDS).document;
    const scale = apps.paths['/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale'];
    expect(gvkOf(scale.patch)).toEqual({ group: 'autoscaling', version: 'v1', kind: 'Scale' });
    expect(scale.get?.operationId).toBe('readAppsV1NamespacedDeploymentScale');
    expect(apps.components.schemas['io.k8s.api.autoscaling.v1.Scale']).toBeDefined();
    expect(kubectlSeesFieldValidation(apps, { group: 'apps', version: 'v1', kind: 'Deployment' })).toBe(true);
    expect(apps.paths['/apis/apps/v1/deployments'].get?.tags).toEqual(['apps_v1']);
  });

  it('leaves strategic merge patch out when asked, and write operations for read-only kinds', () => {
    const plain = openApiDocument('v1', CORE_KINDS, { strategicMergePatch: false }).document;
    expect(plain.paths['/api/v1/namespaces/{namespace}/pods/{name}'].patch?.requestBody?.content).not.toHaveProperty(
      'application/strategic-merge-patch+json',
    );
    const metrics = openApiDocument('metrics.k8s.io/v1beta1', [
      {
        group: 'metrics.k8s.io',
        version: 'v1beta1',
        kind: 'PodMetrics',
        plural: 'pods',
        namespaced: true,
        verbs: ['get', 'list'],
      },
    ]).document;
    const item = metrics.paths['/apis/metrics.k8s.io/v1beta1/namespaces/{namespace}/pods/{name}'];
    expect(Object.keys(item)).toEqual(['get', 'parameters']);
    expect(item.get?.operationId).toBe('readMetricsV1beta1NamespacedPodMetrics');
  });

  it('refuses kinds of another group-version or without a schema', () => {
    expect(() => openApiDocument('v1', APPS_KINDS)).toThrow('not in group-version v1');
    expect(() =>
      openApiDocument('example.com/v1', [
        { group: 'example.com', version: 'v1', kind: 'Widget', plural: 'widgets', namespaced: true },
      ]),
    ).toThrow('no OpenAPI schema for kind Widget');
  });
});
