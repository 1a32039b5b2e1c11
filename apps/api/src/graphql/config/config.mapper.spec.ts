import type { KubeObject } from '@ksb/store';
import { toConfigMap, toSecret } from './config.mapper';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('config mappers', () => {
  it('maps a ConfigMap: text data, binary keys, immutability', () => {
    const configMap: KubeObject = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'settings', namespace: 'default', resourceVersion: '7' },
      data: { 'app.conf': 'port=80', mode: 'fast' },
      binaryData: { 'logo.png': b64('png'), 'a.bin': b64('a') },
      immutable: true,
    };
    const mapped = toConfigMap(configMap);
    expect(mapped.metadata).toMatchObject({ name: 'settings', namespace: 'default', resourceVersion: '7' });
    expect(mapped.data).toEqual({ 'app.conf': 'port=80', mode: 'fast' });
    expect(mapped.binaryDataKeys).toEqual(['a.bin', 'logo.png']);
    expect(mapped.immutable).toBe(true);
    expect(mapped.json).toBe(configMap);
  });

  it('maps an empty ConfigMap', () => {
    const mapped = toConfigMap({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'empty' } });
    expect(mapped).toMatchObject({ data: {}, binaryDataKeys: [], immutable: false });
  });

  const secret: KubeObject = {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'db', namespace: 'default' },
    type: 'kubernetes.io/basic-auth',
    data: { username: b64('admin'), password: b64('s3cr\u00e9t') },
  };

  it('decodes the values of a Secret for a caller who may read them', () => {
    const mapped = toSecret(secret, true);
    expect(mapped.type).toBe('kubernetes.io/basic-auth');
    expect(mapped.keys).toEqual(['password', 'username']);
    expect(mapped.data).toEqual({ username: 'admin', password: 's3cr\u00e9t' });
    expect(mapped.json).toBe(secret);
  });

  it('hides the values (data null, json without data) from a caller who may not', () => {
    const mapped = toSecret(secret, false);
    expect(mapped.keys).toEqual(['password', 'username']);
    expect(mapped.data).toBeNull();
    expect(mapped.json.data).toBeUndefined();
    expect(mapped.json.metadata.name).toBe('db');
  });

  it('defaults the type to Opaque', () => {
    expect(toSecret({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'x' } }, true)).toMatchObject({
      type: 'Opaque',
      keys: [],
      data: {},
    });
  });
});
