import { KUBE_PROTOBUF_MAGIC, readEnvelope } from './envelope';
import { ProtobufDecodeError } from './protobuf-decode-error';
import { bytesField, varintField } from './testing/wire-writer';

const typeMeta = (apiVersion: string, kind: string) =>
  bytesField(1, Buffer.concat([bytesField(1, apiVersion), bytesField(2, kind)]));

const body = (...fields: Buffer[]) => Buffer.concat([KUBE_PROTOBUF_MAGIC, ...fields]);

describe('readEnvelope', () => {
  it('reads the type and the raw object out of runtime.Unknown', () => {
    const envelope = readEnvelope(body(typeMeta('apps/v1', 'Deployment'), bytesField(2, Buffer.from([1, 2]))));
    expect(envelope).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      raw: Buffer.from([1, 2]),
      unknownFields: [],
    });
  });

  it('accepts the empty contentEncoding and contentType Go writes, and the protobuf content type', () => {
    const fields = [typeMeta('v1', 'Namespace'), bytesField(2, ''), bytesField(3, '')];
    expect(readEnvelope(body(...fields, bytesField(4, ''))).kind).toBe('Namespace');
    expect(readEnvelope(body(...fields, bytesField(4, 'application/vnd.kubernetes.protobuf'))).kind).toBe('Namespace');
  });

  it('treats a missing raw as an empty object and notes unknown envelope fields', () => {
    const envelope = readEnvelope(body(typeMeta('v1', 'Namespace'), varintField(9, 1)));
    expect(envelope.raw).toEqual(Buffer.alloc(0));
    expect(envelope.unknownFields).toEqual(['envelope: field 9 (varint) of runtime.Unknown']);
  });

  it.each([
    ['an empty body', Buffer.alloc(0), 'does not start with the "k8s\\0" prefix'],
    ['JSON', Buffer.from('{"kind":"Namespace"}'), 'does not start with the "k8s\\0" prefix'],
    ['only the prefix', KUBE_PROTOBUF_MAGIC, 'no apiVersion and kind'],
    ['a missing kind', body(bytesField(1, bytesField(1, 'v1'))), 'no apiVersion and kind'],
    ['a gzip content encoding', body(typeMeta('v1', 'Namespace'), bytesField(3, 'gzip')), 'contentEncoding "gzip"'],
    ['a JSON payload', body(typeMeta('v1', 'Namespace'), bytesField(4, 'application/json')), 'contentType'],
    ['a varint where TypeMeta belongs', body(varintField(1, 1)), 'should be length-delimited'],
    ['a truncated envelope', body(Buffer.from([0x0a, 0x10, 0x0a])), 'runs past the end'],
  ])('rejects %s', (_case, bytes, message) => {
    expect(() => readEnvelope(bytes)).toThrow(ProtobufDecodeError);
    expect(() => readEnvelope(bytes)).toThrow(message);
  });
});
