import { DomainError } from '@ksb/errors';
import { decodeKubeProtobuf } from './decode-kube-protobuf';
import { KUBE_PROTOBUF_MAGIC } from './envelope';
import { decodedJson, KUBECTL_CAPTURES } from './fixtures/kubectl-captures';
import { KUBECTL_CREATE_CORE } from './fixtures/kubectl-create-core';
import { KUBECTL_CREATE_WORKLOADS } from './fixtures/kubectl-create-workloads';
import { ProtobufDecodeError } from './protobuf-decode-error';
import { bytesField, varintField } from './testing/wire-writer';

const body = (apiVersion: string, kind: string, raw: Buffer) =>
  Buffer.concat([
    KUBE_PROTOBUF_MAGIC,
    bytesField(1, Buffer.concat([bytesField(1, apiVersion), bytesField(2, kind)])),
    bytesField(2, raw),
  ]);

describe('decodeKubeProtobuf on bodies captured from kubectl 1.32', () => {
  it.each(Object.entries(KUBECTL_CAPTURES))('%s', (_name, capture) => {
    const decoded = decodeKubeProtobuf(Buffer.from(capture.body, 'base64'));
    expect(decoded.object).toEqual(decodedJson(capture));
    expect(decoded.apiVersion).toBe(capture.json.apiVersion);
    expect(decoded.kind).toBe(capture.json.kind);
    expect(decoded.unknownFields).toEqual([]);
  });

  it('keeps a pointer field set to zero (kubectl create deployment --replicas=0)', () => {
    const decoded = decodeKubeProtobuf(Buffer.from(KUBECTL_CREATE_WORKLOADS['deployment-zero'].body, 'base64'));
    expect(decoded.object.spec).toMatchObject({ replicas: 0 });
  });

  it('gives Secret data and ConfigMap binaryData as base64, like JSON', () => {
    const secret = decodeKubeProtobuf(Buffer.from(KUBECTL_CREATE_CORE['secret-generic'].body, 'base64'));
    expect(secret.object.data).toEqual({ pass: 'czNjcjN0IQ==', user: 'YWRtaW4=' });
    const configMap = decodeKubeProtobuf(Buffer.from(KUBECTL_CREATE_CORE.configmap.body, 'base64'));
    expect(configMap.object.binaryData).toEqual({ 'bin.dat': 'AAH//mJpbmFyeQ==' });
  });

  it('puts kind and apiVersion first, as kubectl does', () => {
    const decoded = decodeKubeProtobuf(Buffer.from(KUBECTL_CREATE_CORE.namespace.body, 'base64'));
    expect(Object.keys(decoded.object)).toEqual(['kind', 'apiVersion', 'metadata', 'spec', 'status']);
  });
});

describe('decodeKubeProtobuf errors and forward compatibility', () => {
  it('refuses kinds without tables, saying what to do instead', () => {
    const decode = () => decodeKubeProtobuf(body('apps/v1', 'StatefulSet', Buffer.alloc(0)));
    expect(decode).toThrow(ProtobufDecodeError);
    expect(decode).toThrow(/protobuf bodies of apps\/v1 StatefulSet are not supported; send JSON instead/);
  });

  it('throws a BAD_REQUEST DomainError, which the API turns into a 400 Status', () => {
    const truncated = Buffer.from(KUBECTL_CREATE_WORKLOADS.deployment.body, 'base64').subarray(0, 100);
    const error = (() => {
      try {
        decodeKubeProtobuf(truncated);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'BAD_REQUEST', name: 'ProtobufDecodeError' });
    expect((error as Error).message).toMatch(/^malformed protobuf in /);
  });

  it('skips fields a newer kubectl may send and lists them', () => {
    const metadata = bytesField(1, Buffer.concat([bytesField(1, 'team-a'), varintField(40, 1)]));
    const decoded = decodeKubeProtobuf(body('v1', 'Namespace', Buffer.concat([metadata, bytesField(9, 'future')])));
    expect(decoded.object).toEqual({ kind: 'Namespace', apiVersion: 'v1', metadata: { name: 'team-a' } });
    expect(decoded.unknownFields).toEqual([
      '.: field 9 (bytes) of core.v1.Namespace',
      'metadata: field 40 (varint) of meta.v1.ObjectMeta',
    ]);
  });
});
