import type { ResourceObject } from '../../../objects/resource-object';
import { validateSecret } from '../secrets/secret.validation';
import { validateConfigMap } from './configmap.validation';

const errorsOf = (errors: { field?: string; message: string }[]): string[] =>
  errors.map((error) => `${error.field ?? ''}: ${error.message}`);

const object = (fields: Record<string, unknown>): ResourceObject => ({ metadata: { name: 'app' }, ...fields });

describe('validateConfigMap', () => {
  it('accepts valid keys', () => {
    expect(validateConfigMap(object({ data: { 'app.properties': 'a=b', KEY_1: 'x' } }))).toEqual([]);
  });

  it('rejects bad keys in upstream words', () => {
    expect(errorsOf(validateConfigMap(object({ data: { 'bad key': 'x', '..': 'y' } })))).toEqual([
      `data[..]: Invalid value: "..": must not be '..'`,
      `data[bad key]: Invalid value: "bad key": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`,
    ]);
  });

  it('rejects a key in both data and binaryData, and more than 1 MiB', () => {
    expect(errorsOf(validateConfigMap(object({ data: { a: 'x' }, binaryData: { a: 'eA==' } })))).toEqual([
      'data[a]: Invalid value: "a": duplicate of key present in binaryData',
    ]);
    expect(validateConfigMap(object({ data: { big: 'x'.repeat(1024 * 1024 + 1) } }))).toEqual([
      { field: '', reason: 'FieldValueTooLong', message: 'Too long: may not be more than 1048576 bytes' },
    ]);
  });

  it('freezes an immutable config map', () => {
    const old = object({ data: { a: 'x' }, immutable: true });
    expect(validateConfigMap(object({ data: { a: 'x' }, immutable: true }), old)).toEqual([]);
    expect(errorsOf(validateConfigMap(object({ data: { a: 'y' } }), old))).toEqual([
      'immutable: Forbidden: field is immutable when `immutable` is set',
      'data: Forbidden: field is immutable when `immutable` is set',
    ]);
  });
});

describe('validateSecret', () => {
  it('accepts an opaque secret', () => {
    expect(validateSecret(object({ type: 'Opaque', data: { password: 'c2VjcmV0' } }))).toEqual([]);
  });

  it('checks keys of data and stringData and the decoded size', () => {
    expect(
      errorsOf(validateSecret(object({ type: 'Opaque', stringData: { 'a/b': 'x' } }))).map((e) => e.split(':')[0]),
    ).toEqual(['data[a/b]']);
    const big = Buffer.alloc(1024 * 1024 + 1).toString('base64');
    expect(errorsOf(validateSecret(object({ type: 'Opaque', data: { big } })))).toEqual([
      'data: Too long: may not be more than 1048576 bytes',
    ]);
  });

  it('requires the keys of typed secrets', () => {
    expect(errorsOf(validateSecret(object({ type: 'kubernetes.io/tls', data: { 'tls.crt': 'eA==' } })))).toEqual([
      'data[tls.key]: Required value',
    ]);
    expect(errorsOf(validateSecret(object({ type: 'kubernetes.io/basic-auth' })))).toEqual([
      'data[username]: Required value',
      'data[password]: Required value',
    ]);
    expect(errorsOf(validateSecret(object({ type: 'kubernetes.io/service-account-token' })))).toEqual([
      'metadata.annotations[kubernetes.io/service-account.name]: Required value',
    ]);
  });

  it('keeps the type and an immutable secret unchanged', () => {
    const old = object({ type: 'Opaque', data: { a: 'eA==' }, immutable: true });
    expect(
      errorsOf(
        validateSecret(object({ type: 'kubernetes.io/basic-auth', data: { username: 'eA==' }, immutable: true }), old),
      ),
    ).toEqual([
      'type: Invalid value: "kubernetes.io/basic-auth": field is immutable',
      'data: Forbidden: field is immutable when `immutable` is set',
    ]);
  });
});
