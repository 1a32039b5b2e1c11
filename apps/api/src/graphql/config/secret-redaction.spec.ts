import { LAST_APPLIED_ANNOTATION } from '@ksb/patches';
import type { KubeObject } from '@ksb/store';
import { redactSecret } from './secret-redaction';

const secret = (extra: Partial<KubeObject> = {}): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name: 'db', namespace: 'default', annotations: { keep: 'me' } },
  type: 'Opaque',
  data: { password: Buffer.from('hunter2').toString('base64') },
  ...extra,
});

describe('redactSecret', () => {
  it('drops data and stringData of a Secret and keeps everything else', () => {
    const given = secret({ stringData: { token: 'plain' } });
    const redacted = redactSecret(given);
    expect(redacted).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db', namespace: 'default', annotations: { keep: 'me' } },
      type: 'Opaque',
    });
    expect(given.data).toBeDefined();
  });

  it("drops kubectl's last-applied annotation, which carries the values", () => {
    const given = secret();
    given.metadata.annotations = { keep: 'me', [LAST_APPLIED_ANNOTATION]: '{"data":{"password":"aHVudGVyMg=="}}' };
    const redacted = redactSecret(given);
    expect(redacted.metadata.annotations).toEqual({ keep: 'me' });
    expect(JSON.stringify(redacted)).not.toContain('aHVudGVyMg');
    expect(given.metadata.annotations[LAST_APPLIED_ANNOTATION]).toBeDefined();
  });

  it('returns other kinds untouched', () => {
    const configMap: KubeObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: 'b' } };
    expect(redactSecret(configMap)).toBe(configMap);
  });
});
