import { DomainError } from '@ksb/errors';
import type { KubeObject } from '@ksb/store';
import { prepareSecret } from './secret-prepare';

const secret = (fields: Partial<KubeObject>): KubeObject => ({ metadata: { name: 'db' }, type: 'Opaque', ...fields });

function failure(object: KubeObject): string {
  try {
    prepareSecret(object);
    return 'OK';
  } catch (error) {
    if (error instanceof DomainError) return `${error.code}: ${error.message}`;
    throw error;
  }
}

describe('prepareSecret', () => {
  it('folds stringData into data as base64, over data keys of the same name, and drops it', () => {
    const object = secret({
      data: { user: 'YWRtaW4=', password: 'b2xk' },
      stringData: { password: 's3cret', token: 'ü' },
    });
    prepareSecret(object);
    expect(object).toEqual(
      secret({ data: { user: 'YWRtaW4=', password: 'czNjcmV0', token: Buffer.from('ü').toString('base64') } }),
    );
    const only = secret({ stringData: { a: 'b' } });
    prepareSecret(only);
    expect(only).toEqual(secret({ data: { a: 'Yg==' } }));
    const nothing = secret({ stringData: null });
    prepareSecret(nothing);
    expect(nothing).toEqual(secret({}));
  });

  it('refuses data that is not base64, as decoding the bytes does upstream', () => {
    expect(failure(secret({ data: { password: 's3cret' } }))).toBe(
      'BAD_REQUEST: Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 4',
    );
    expect(failure(secret({ data: { n: 5 } }))).toBe(
      'BAD_REQUEST: Secret in version "v1" cannot be handled as a Secret: json: cannot unmarshal number into Go struct field Secret.data of type []uint8',
    );
    expect(failure(secret({ stringData: ['x'] }))).toBe(
      'BAD_REQUEST: Secret in version "v1" cannot be handled as a Secret: json: cannot unmarshal array into Go struct field Secret.stringData of type map[string]string',
    );
    expect(failure(secret({ stringData: { a: true } }))).toContain(
      'cannot unmarshal bool into Go struct field Secret.stringData of type string',
    );
    expect(failure(secret({ data: { empty: '', none: null } }))).toBe('OK');
  });
});
