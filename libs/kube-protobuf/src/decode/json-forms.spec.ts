import { ProtobufDecodeError } from '../protobuf-decode-error';
import { JSON_FORMS } from './json-forms';

const form = (name: Parameters<typeof JSON_FORMS.get>[0]) => {
  const found = JSON_FORMS.get(name);
  if (!found) throw new Error(`no form for ${name}`);
  return found;
};
const some = Buffer.from([0]);
const none = Buffer.alloc(0);

describe('JSON forms', () => {
  it('prints metav1.Time as RFC 3339 to the second, and the zero time as null', () => {
    const time = form('meta.v1.Time');
    expect(time({ seconds: 1_700_000_000, nanos: 5 }, some, 't')).toBe('2023-11-14T22:13:20Z');
    expect(time({}, some, 't')).toBe('1970-01-01T00:00:00Z');
    expect(time({}, none, 't')).toBeNull();
    expect(time({ seconds: -62_135_596_800 }, some, 't')).toBe('0001-01-01T00:00:00Z');
  });

  it('refuses times Go could not print', () => {
    expect(() => form('meta.v1.Time')({ seconds: 253_402_300_800 }, some, 'metadata.x')).toThrow(ProtobufDecodeError);
    expect(() => form('meta.v1.Time')({ seconds: -62_200_000_000 }, some, 'metadata.x')).toThrow('0000-9999');
  });

  it('prints IntOrString as the number or the string', () => {
    const intOrString = form('intstr.IntOrString');
    expect(intOrString({ intVal: 8080 }, some, 'p')).toBe(8080);
    expect(intOrString({}, none, 'p')).toBe(0);
    expect(intOrString({ type: 1, strVal: 'http' }, some, 'p')).toBe('http');
    expect(intOrString({ type: 1 }, some, 'p')).toBe('');
    expect(() => intOrString({ type: 2 }, some, 'spec.ports[0].targetPort')).toThrow(
      'spec.ports[0].targetPort: IntOrString has unknown type 2',
    );
  });

  it('prints Quantity as its string', () => {
    expect(form('resource.Quantity')({ string: '500m' }, some, 'q')).toBe('500m');
  });

  it('embeds FieldsV1 JSON as is', () => {
    const raw = Buffer.from('{"f:metadata":{"f:labels":{}}}').toString('base64');
    expect(form('meta.v1.FieldsV1')({ Raw: raw }, some, 'f')).toEqual({ 'f:metadata': { 'f:labels': {} } });
    expect(form('meta.v1.FieldsV1')({}, none, 'f')).toBeNull();
    const broken = Buffer.from('{').toString('base64');
    expect(() => form('meta.v1.FieldsV1')({ Raw: broken }, some, 'f')).toThrow('not valid JSON');
  });

  it('prints ExtraValue as a list', () => {
    expect(form('authentication.v1.ExtraValue')({ items: ['a', 'b'] }, some, 'e')).toEqual(['a', 'b']);
    expect(form('certificates.v1.ExtraValue')({}, none, 'e')).toBeNull();
  });
});
