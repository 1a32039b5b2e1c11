import type { MessageName } from './field-spec';
import { PROTOBUF_KINDS } from './kinds';
import { allMessageDescriptors, messageDescriptor } from './message-registry';

const referenced = (name: MessageName): MessageName[] =>
  messageDescriptor(name).fields.flatMap((field) => ('message' in field.value ? [field.value.message] : []));

function reachable(): Set<MessageName> {
  const seen = new Set<MessageName>();
  const pending = PROTOBUF_KINDS.map((entry) => entry.message);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (seen.has(name)) continue;
    seen.add(name);
    pending.push(...referenced(name));
  }
  return seen;
}

describe('message tables', () => {
  it('define every message a field refers to', () => {
    const missing = allMessageDescriptors().flatMap((descriptor) =>
      referenced(descriptor.name).filter((name) => !allMessageDescriptors().some((other) => other.name === name)),
    );
    expect(missing).toEqual([]);
  });

  it('define every supported kind, and nothing no kind reaches', () => {
    const names = allMessageDescriptors().map((descriptor) => descriptor.name);
    expect([...reachable()].sort()).toEqual([...names].sort());
  });

  it('use each field number and JSON name once per message', () => {
    for (const { name, fields } of allMessageDescriptors()) {
      expect({ name, numbers: new Set(fields.map((field) => field.number)).size }).toEqual({
        name,
        numbers: fields.length,
      });
      expect({ name, names: new Set(fields.map((field) => field.name)).size }).toEqual({ name, names: fields.length });
    }
  });

  it('have no cycles, so decoding depth is bounded by the schema', () => {
    const visit = (name: MessageName, trail: MessageName[]): void => {
      if (trail.includes(name)) throw new Error(`cycle: ${[...trail, name].join(' -> ')}`);
      for (const child of referenced(name)) visit(child, [...trail, name]);
    };
    for (const { message } of PROTOBUF_KINDS) expect(() => visit(message, [])).not.toThrow();
  });

  it('inline only message fields and flag pointers only on scalars', () => {
    for (const { fields } of allMessageDescriptors()) {
      for (const field of fields) {
        if (field.inline) expect('message' in field.value && field.cardinality === 'single').toBe(true);
        if (field.pointer) expect('scalar' in field.value && field.cardinality === 'single').toBe(true);
      }
    }
  });

  it('match upstream generated.proto for fields kubectl create relies on', () => {
    const field = (message: MessageName, name: string) =>
      messageDescriptor(message).fields.find((candidate) => candidate.name === name);
    expect(field('apps.v1.DeploymentSpec', 'replicas')).toMatchObject({ number: 1, pointer: true });
    expect(field('core.v1.PodSpec', 'containers')).toMatchObject({ number: 2, cardinality: 'repeated' });
    expect(field('core.v1.Container', 'ports')).toMatchObject({
      number: 6,
      value: { message: 'core.v1.ContainerPort' },
    });
    expect(field('core.v1.ServicePort', 'targetPort')).toMatchObject({ number: 4 });
    expect(field('core.v1.Secret', 'data')).toMatchObject({
      number: 2,
      cardinality: 'map',
      value: { scalar: 'bytes' },
    });
    expect(field('core.v1.ConfigMap', 'binaryData')).toMatchObject({ number: 3, value: { scalar: 'bytes' } });
    expect(field('meta.v1.ObjectMeta', 'managedFields')).toMatchObject({ number: 17 });
    expect(field('core.v1.Volume', 'volumeSource')).toMatchObject({ number: 2, inline: true });
  });
});
