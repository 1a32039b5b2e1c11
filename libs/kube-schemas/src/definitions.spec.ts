import { allDefinitions, definitionFor, definitionNameFor } from './definitions';
import { refName, type KubeSchema } from './schema';
import { schemaClosure } from './schema-closure';

const CORE = 'io.k8s.api.core.v1.';
const META = 'io.k8s.apimachinery.pkg.apis.meta.v1.';

const named = (name: string): KubeSchema => {
  const schema = allDefinitions()[name];
  if (!schema) throw new Error(`no definition ${name}`);
  return schema;
};
const property = (definition: string, field: string): KubeSchema => {
  const schema = named(definition).properties?.[field];
  if (!schema) throw new Error(`no field ${definition}.${field}`);
  return schema;
};
const refOf = (schema: KubeSchema | undefined): string | undefined => {
  const ref = schema?.allOf?.[0]?.$ref ?? schema?.$ref;
  return ref === undefined ? undefined : refName(ref);
};

describe('generated definitions', () => {
  it('names definitions as upstream and tags kinds with their group-version-kind', () => {
    expect(definitionNameFor('', 'v1', 'Pod')).toBe(`${CORE}Pod`);
    expect(definitionNameFor('apps', 'v1', 'Deployment')).toBe('io.k8s.api.apps.v1.Deployment');
    expect(definitionNameFor('networking.k8s.io', 'v1', 'Ingress')).toBe('io.k8s.api.networking.v1.Ingress');
    expect(definitionNameFor('apiextensions.k8s.io', 'v1', 'CustomResourceDefinition')).toBe(
      'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition',
    );
    expect(definitionNameFor('metrics.k8s.io', 'v1beta1', 'PodMetrics')).toBe(
      'io.k8s.metrics.pkg.apis.metrics.v1beta1.PodMetrics',
    );
    expect(definitionFor('', 'v1', 'Pod')?.['x-kubernetes-group-version-kind']).toEqual([
      { group: '', version: 'v1', kind: 'Pod' },
    ]);
    expect(definitionFor('apps', 'v1', 'NoSuchKind')).toBeUndefined();
    expect(definitionFor('', 'v2', 'Pod')).toBeUndefined();
  });

  it('describes a Pod: properties with JSDoc descriptions, references wrapped in allOf', () => {
    const pod = definitionFor('', 'v1', 'Pod');
    expect(pod?.type).toBe('object');
    expect(pod?.description).toMatch(/^Pod is a collection of containers/);
    expect(Object.keys(pod?.properties ?? {})).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'status']);
    expect(pod?.properties?.kind?.type).toBe('string');
    expect(pod?.properties?.kind?.description).toMatch(/^Kind is a string value/);
    expect(refOf(pod?.properties?.metadata)).toBe(`${META}ObjectMeta`);
    expect(refOf(pod?.properties?.spec)).toBe(`${CORE}PodSpec`);
    expect(named(`${CORE}PodSpec`).required).toEqual(['containers']);
    expect(named(`${CORE}Container`).required).toEqual(['name']);
    expect(property(`${CORE}PodSpec`, 'containers')).toMatchObject({
      type: 'array',
      items: { $ref: `#/components/schemas/${CORE}Container` },
    });
    expect(property(`${CORE}PodSpec`, 'nodeSelector')).toMatchObject({
      type: 'object',
      additionalProperties: { type: 'string' },
    });
  });

  it('describes a Deployment with required fields and integer formats', () => {
    const deployment = definitionFor('apps', 'v1', 'Deployment');
    expect(refOf(deployment?.properties?.spec)).toBe('io.k8s.api.apps.v1.DeploymentSpec');
    expect(named('io.k8s.api.apps.v1.DeploymentSpec').required).toEqual(['selector', 'template']);
    expect(property('io.k8s.api.apps.v1.DeploymentSpec', 'replicas')).toMatchObject({
      type: 'integer',
      format: 'int32',
    });
    expect(property('io.k8s.api.apps.v1.DeploymentStatus', 'observedGeneration')).toMatchObject({ format: 'int64' });
    expect(property(`${META}ObjectMeta`, 'generation')).toMatchObject({ type: 'integer', format: 'int64' });
    expect(property(`${CORE}PodSecurityContext`, 'supplementalGroups')).toMatchObject({
      type: 'array',
      items: { type: 'integer', format: 'int64' },
    });
    expect(refOf(property('io.k8s.api.apps.v1.RollingUpdateDeployment', 'maxSurge'))).toBe(
      'io.k8s.apimachinery.pkg.util.intstr.IntOrString',
    );
  });

  it('describes a Service and a ConfigMap', () => {
    const service = definitionFor('', 'v1', 'Service');
    expect(refOf(service?.properties?.spec)).toBe(`${CORE}ServiceSpec`);
    expect(named(`${CORE}ServicePort`).required).toEqual(['port']);
    expect(refOf(property(`${CORE}ServicePort`, 'targetPort'))).toBe('io.k8s.apimachinery.pkg.util.intstr.IntOrString');
    const configMap = definitionFor('', 'v1', 'ConfigMap');
    expect(configMap?.properties?.data).toMatchObject({ type: 'object', additionalProperties: { type: 'string' } });
    expect(configMap?.properties?.immutable).toMatchObject({ type: 'boolean' });
    expect(definitionFor('', 'v1', 'ConfigMapList')?.required).toEqual(['items']);
  });

  it('gives the special types their upstream v3 shapes', () => {
    expect(named('io.k8s.apimachinery.pkg.util.intstr.IntOrString')).toMatchObject({
      format: 'int-or-string',
      'x-kubernetes-int-or-string': true,
      oneOf: [{ type: 'integer' }, { type: 'string' }],
    });
    expect(named('io.k8s.apimachinery.pkg.api.resource.Quantity')).toMatchObject({
      oneOf: [{ type: 'string' }, { type: 'number' }],
    });
    expect(named(`${META}Time`)).toMatchObject({ type: 'string', format: 'date-time' });
    expect(named(`${META}MicroTime`)).toMatchObject({ type: 'string', format: 'date-time' });
    expect(named('io.k8s.apimachinery.pkg.runtime.RawExtension')).toMatchObject({ type: 'object' });
    expect(named('io.k8s.apimachinery.pkg.runtime.RawExtension').properties).toBeUndefined();
    expect(named(`${META}Status`)['x-kubernetes-group-version-kind']).toEqual([
      { group: '', version: 'v1', kind: 'Status' },
    ]);
  });

  it('carries upstream patch meta on the list fields', () => {
    expect(property(`${CORE}PodSpec`, 'containers')).toMatchObject({
      'x-kubernetes-patch-strategy': 'merge',
      'x-kubernetes-patch-merge-key': 'name',
    });
    expect(property(`${CORE}PodSpec`, 'volumes')['x-kubernetes-patch-strategy']).toBe('merge,retainKeys');
    expect(property(`${META}ObjectMeta`, 'finalizers')['x-kubernetes-patch-merge-key']).toBeUndefined();
  });

  it('resolves every reference and is frozen', () => {
    const definitions = allDefinitions();
    expect(Object.keys(definitions).length).toBeGreaterThan(600);
    expect(Object.keys(schemaClosure(Object.keys(definitions), definitions))).toHaveLength(
      Object.keys(definitions).length,
    );
    expect(Object.isFrozen(named(`${CORE}PodSpec`).properties)).toBe(true);
  });
});
