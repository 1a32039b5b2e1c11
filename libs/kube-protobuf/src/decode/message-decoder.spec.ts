import { ProtobufDecodeError } from '../protobuf-decode-error';
import type { MessageName } from '../schema/field-spec';
import { messageDescriptor } from '../schema/message-registry';
import { bytesField, encodeVarint, varintField } from '../testing/wire-writer';
import { decodeMessage } from './message-decoder';

function decode(message: MessageName, ...fields: Buffer[]) {
  const context = { unknownFields: [] as string[] };
  const object = decodeMessage(messageDescriptor(message), Buffer.concat(fields), 'spec', context);
  return { object, unknownFields: context.unknownFields };
}

const mapEntry = (key: string, value: Buffer) => Buffer.concat([bytesField(1, key), value]);

describe('decodeMessage', () => {
  it('leaves out the zero values Go writes for unset non-pointer fields', () => {
    // DeploymentSpec: minReadySeconds (5) and paused (7) are Go values, replicas (1) a pointer.
    const { object } = decode('apps.v1.DeploymentSpec', varintField(5, 0), varintField(7, 0), varintField(1, 0));
    expect(object).toEqual({ replicas: 0 });
  });

  it('keeps an empty message, as Go prints an empty struct', () => {
    expect(decode('apps.v1.DeploymentSpec', bytesField(4, '')).object).toEqual({ strategy: {} });
  });

  it('keeps empty strings inside lists (Role rules for the core group)', () => {
    const rule = Buffer.concat([bytesField(1, 'get'), bytesField(2, ''), bytesField(3, 'pods')]);
    expect(decode('rbac.v1.Role', bytesField(2, rule)).object).toEqual({
      rules: [{ verbs: ['get'], apiGroups: [''], resources: ['pods'] }],
    });
  });

  it('reads negative int32s, which Go sign-extends to 10 bytes', () => {
    expect(decode('scheduling.v1.PriorityClass', varintField(2, -5)).object).toEqual({ value: -5 });
  });

  it('reads repeated varints both unpacked and packed', () => {
    const packed = Buffer.concat([encodeVarint(3), encodeVarint(4)]);
    const { object } = decode(
      'core.v1.PodSecurityContext',
      varintField(4, 1),
      varintField(4, 2),
      bytesField(4, packed),
    );
    expect(object).toEqual({ supplementalGroups: [1, 2, 3, 4] });
  });

  it('refuses int64 values JavaScript cannot hold exactly', () => {
    expect(() => decode('meta.v1.ObjectMeta', varintField(7, 2n ** 60n))).toThrow(
      'spec.generation: 1152921504606846976',
    );
  });

  it('reads maps, filling in a missing key or value with the zero value', () => {
    const labels = [mapEntry('app', bytesField(2, 'web')), mapEntry('empty', Buffer.alloc(0)), bytesField(2, 'x')];
    const { object } = decode('meta.v1.ObjectMeta', ...labels.map((entry) => bytesField(11, entry)));
    expect(object).toEqual({ labels: { app: 'web', empty: '', '': 'x' } });
  });

  it('keeps a "__proto__" map key as a plain key, as JSON.parse would', () => {
    const { object } = decode('meta.v1.ObjectMeta', bytesField(11, mapEntry('__proto__', bytesField(2, 'x'))));
    const labels = object.labels as Record<string, unknown>;
    expect(Object.getPrototypeOf(labels)).toBe(Object.prototype);
    expect(Object.keys(labels)).toEqual(['__proto__']);
    expect(JSON.stringify(object)).toBe('{"labels":{"__proto__":"x"}}');
  });

  it('reads maps of messages (resource limits as Quantity strings)', () => {
    const limit = mapEntry('cpu', bytesField(2, bytesField(1, '500m')));
    expect(decode('core.v1.ResourceRequirements', bytesField(1, limit)).object).toEqual({ limits: { cpu: '500m' } });
  });

  it('lifts inline (embedded) structs into the parent object', () => {
    const httpGet = bytesField(2, Buffer.concat([bytesField(1, '/healthz'), bytesField(2, varintField(2, 8080))]));
    const probe = decode('core.v1.Probe', bytesField(1, httpGet), varintField(4, 10));
    expect(probe.object).toEqual({ httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 10 });
    const selector = decode('core.v1.SecretKeySelector', bytesField(1, bytesField(1, 'db')), bytesField(2, 'password'));
    expect(selector.object).toEqual({ name: 'db', key: 'password' });
  });

  it('merges a message field sent twice and lets the last scalar win, as protobuf does', () => {
    const { object } = decode(
      'core.v1.PodTemplateSpec',
      bytesField(1, bytesField(1, 'first')),
      bytesField(1, Buffer.concat([bytesField(1, 'second'), bytesField(3, 'ns')])),
    );
    expect(object).toEqual({ metadata: { name: 'second', namespace: 'ns' } });
  });

  it('skips unknown fields and notes where they were', () => {
    const container = Buffer.concat([bytesField(1, 'web'), varintField(99, 1)]);
    const { object, unknownFields } = decode('core.v1.PodSpec', bytesField(2, container), bytesField(77, 'x'));
    expect(object).toEqual({ containers: [{ name: 'web' }] });
    expect(unknownFields).toEqual([
      'spec: field 77 (bytes) of core.v1.PodSpec',
      'spec.containers[0]: field 99 (varint) of core.v1.Container',
    ]);
  });

  it('replaces invalid UTF-8 in strings, as Go JSON does', () => {
    expect(decode('core.v1.Container', bytesField(1, Buffer.from([0x61, 0xff]))).object).toEqual({ name: 'a\ufffd' });
  });

  it.each([
    ['a varint where a string belongs', () => decode('core.v1.Container', varintField(1, 1)), 'spec.name: expected'],
    ['bytes where an int belongs', () => decode('apps.v1.DeploymentSpec', bytesField(1, 'x')), 'spec.replicas'],
    ['a varint where a message belongs', () => decode('apps.v1.DeploymentSpec', varintField(3, 1)), 'spec.template'],
    [
      'a fixed32 where a list element belongs',
      () => decode('core.v1.PodSpec', bytesField(2, bytesField(6, Buffer.from([0x1d, 0, 0, 0, 0])))),
      'spec.containers[0].ports[0].containerPort',
    ],
    ['a truncated nested message', () => decode('core.v1.PodSpec', bytesField(2, Buffer.from([0x0a, 0x09]))), 'spec'],
  ])('rejects %s, naming the field', (_case, run, message) => {
    expect(run).toThrow(ProtobufDecodeError);
    expect(run).toThrow(message);
  });
});
