import { applyStrategicMergePatch, type JsonValue } from '@ksb/patches';
import { patchSchemaFor } from './patch-schema';

const TEMPLATE = ['spec', 'template', 'spec'];

describe('patchSchemaFor', () => {
  it('finds the pod template merge keys inside a Deployment', () => {
    const schema = patchSchemaFor('apps', 'v1', 'Deployment');
    expect(schema([...TEMPLATE, 'containers'])).toEqual({ strategy: 'merge', mergeKey: 'name' });
    expect(schema([...TEMPLATE, 'containers', 'ports'])).toEqual({ strategy: 'merge', mergeKey: 'containerPort' });
    expect(schema([...TEMPLATE, 'containers', 'env'])).toEqual({ strategy: 'merge', mergeKey: 'name' });
    expect(schema([...TEMPLATE, 'containers', 'volumeMounts'])).toEqual({ strategy: 'merge', mergeKey: 'mountPath' });
    expect(schema([...TEMPLATE, 'initContainers'])).toEqual({ strategy: 'merge', mergeKey: 'name' });
    expect(schema([...TEMPLATE, 'volumes'])).toEqual({ strategy: 'merge,retainKeys', mergeKey: 'name' });
    expect(schema(['spec', 'strategy'])).toEqual({ strategy: 'retainKeys' });
    expect(schema(['metadata', 'finalizers'])).toEqual({ strategy: 'merge' });
    expect(schema(['metadata', 'ownerReferences'])).toEqual({ strategy: 'merge', mergeKey: 'uid' });
    expect(schema(['status', 'conditions'])).toEqual({ strategy: 'merge', mergeKey: 'type' });
  });

  it('leaves atomic lists, maps and unknown paths without meta', () => {
    const schema = patchSchemaFor('apps', 'v1', 'Deployment');
    expect(schema([...TEMPLATE, 'tolerations'])).toBeUndefined();
    expect(schema([...TEMPLATE, 'containers', 'args'])).toBeUndefined();
    expect(schema(['metadata', 'labels', 'app'])).toBeUndefined();
    expect(schema(['spec', 'nosuch', 'containers'])).toBeUndefined();
    expect(schema(['spec', 'replicas', 'x'])).toBeUndefined();
    expect(schema([])).toBeUndefined();
  });

  it('works alike for pods, statefulsets, daemonsets, jobs and services', () => {
    expect(patchSchemaFor('', 'v1', 'Pod')(['spec', 'containers'])).toEqual({ strategy: 'merge', mergeKey: 'name' });
    expect(patchSchemaFor('', 'v1', 'Pod')(['spec', 'imagePullSecrets'])).toEqual({
      strategy: 'merge',
      mergeKey: 'name',
    });
    expect(patchSchemaFor('', 'v1', 'Pod')(['spec', 'hostAliases'])).toEqual({ strategy: 'merge', mergeKey: 'ip' });
    expect(patchSchemaFor('apps', 'v1', 'StatefulSet')([...TEMPLATE, 'containers'])).toEqual({
      strategy: 'merge',
      mergeKey: 'name',
    });
    expect(patchSchemaFor('apps', 'v1', 'DaemonSet')([...TEMPLATE, 'containers', 'volumeDevices'])).toEqual({
      strategy: 'merge',
      mergeKey: 'devicePath',
    });
    expect(patchSchemaFor('batch', 'v1', 'Job')([...TEMPLATE, 'containers'])).toEqual({
      strategy: 'merge',
      mergeKey: 'name',
    });
    expect(patchSchemaFor('batch', 'v1', 'CronJob')(['spec', 'jobTemplate', ...TEMPLATE, 'containers'])).toEqual({
      strategy: 'merge',
      mergeKey: 'name',
    });
    expect(patchSchemaFor('', 'v1', 'Service')(['spec', 'ports'])).toEqual({ strategy: 'merge', mergeKey: 'port' });
  });

  it('drives the strategic merge patch of libs/patches', () => {
    const original: JsonValue = {
      spec: {
        template: {
          spec: {
            containers: [
              { name: 'a', image: 'a:1' },
              { name: 'b', image: 'b:1' },
            ],
          },
        },
      },
    };
    const patch: JsonValue = { spec: { template: { spec: { containers: [{ name: 'b', image: 'b:2' }] } } } };
    expect(applyStrategicMergePatch(original, patch, patchSchemaFor('apps', 'v1', 'Deployment'))).toEqual({
      spec: {
        template: {
          spec: {
            containers: [
              { name: 'a', image: 'a:1' },
              { name: 'b', image: 'b:2' },
            ],
          },
        },
      },
    });
  });
});
