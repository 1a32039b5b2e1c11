import { unknownFields } from './unknown-fields';

const deployment = (spec: Record<string, unknown> = {}): Record<string, unknown> => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: {
    name: 'web',
    labels: { app: 'web', 'example.com/any-key': 'x' },
    annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{}' },
    managedFields: [{ manager: 'kubectl', operation: 'Apply', fieldsType: 'FieldsV1', fieldsV1: { 'f:spec': {} } }],
  },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'web' } },
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        containers: [
          {
            name: 'web',
            image: 'nginx:1.27',
            ports: [{ containerPort: 80 }],
            env: [{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }],
            resources: { limits: { cpu: 1, memory: '128Mi' } },
          },
        ],
      },
    },
    ...spec,
  },
});

describe('unknownFields', () => {
  it('finds nothing in a valid object, whatever its maps hold', () => {
    expect(unknownFields(deployment(), 'apps', 'v1', 'Deployment')).toEqual([]);
  });

  it('words unknown fields as the strict decoder does', () => {
    expect(unknownFields(deployment({ replica: 3 }), 'apps', 'v1', 'Deployment')).toEqual([
      'unknown field "spec.replica"',
    ]);
    expect(unknownFields({ apiVersion: 'v1', kind: 'Pod', Spec: {} }, '', 'v1', 'Pod')).toEqual([
      'unknown field "Spec"',
    ]);
  });

  it('indexes array elements and reports every unknown field in document order', () => {
    const object = deployment();
    const template = (object.spec as { template: { spec: { containers: Array<Record<string, unknown>> } } }).template;
    template.spec.containers.push({
      name: 'side',
      imagePullPolice: 'Always',
      ports: [{ containerPort: 1, hostPortt: 2 }],
    });
    expect(unknownFields(object, 'apps', 'v1', 'Deployment')).toEqual([
      'unknown field "spec.template.spec.containers[1].imagePullPolice"',
      'unknown field "spec.template.spec.containers[1].ports[0].hostPortt"',
    ]);
  });

  it('checks the values of maps of objects, naming the key as a field', () => {
    const crd = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      spec: {
        group: 'example.com',
        versions: [{ name: 'v1', schema: { openAPIV3Schema: { properties: { size: { type: 'integer', typo: 1 } } } } }],
      },
    };
    expect(unknownFields(crd, 'apiextensions.k8s.io', 'v1', 'CustomResourceDefinition')).toEqual([
      'unknown field "spec.versions[0].schema.openAPIV3Schema.properties.size.typo"',
    ]);
  });

  it('does not look into unknown fields or into values the schema leaves open', () => {
    expect(unknownFields(deployment({ extra: { deeper: { x: 1 } } }), 'apps', 'v1', 'Deployment')).toEqual([
      'unknown field "spec.extra"',
    ]);
    const revision = {
      apiVersion: 'apps/v1',
      kind: 'ControllerRevision',
      revision: 1,
      data: { spec: { anything: 1 } },
    };
    expect(unknownFields(revision, 'apps', 'v1', 'ControllerRevision')).toEqual([]);
  });

  it('skips values of the wrong type (those are not unknown fields)', () => {
    expect(unknownFields(deployment({ replicas: { a: 1 }, selector: ['x'] }), 'apps', 'v1', 'Deployment')).toEqual([]);
    expect(unknownFields(null, '', 'v1', 'Pod')).toEqual([]);
  });

  it('treats inherited names as unknown fields', () => {
    expect(unknownFields({ constructor: 1, toString: {} }, '', 'v1', 'ConfigMap')).toEqual([
      'unknown field "constructor"',
      'unknown field "toString"',
    ]);
  });

  it('keeps at most 100, as the API server does', () => {
    const data = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`f${i}`, i]));
    expect(unknownFields(data, '', 'v1', 'ConfigMap')).toHaveLength(100);
  });

  it('refuses kinds it has no schema for', () => {
    expect(() => unknownFields({}, 'example.com', 'v1', 'Widget')).toThrow(
      'no OpenAPI schema for kind Widget in example.com/v1',
    );
  });
});
