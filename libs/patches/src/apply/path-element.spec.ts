import { PatchError } from '../json-value';
import { compareJson, describeValue } from './json-order';
import {
  compareElements,
  describePath,
  fieldElement,
  keyElement,
  normalizeElement,
  parseElement,
  valueElement,
} from './path-element';

describe('path elements', () => {
  it('spell keys as JSON with sorted field names, as FieldsV1 does', () => {
    expect(keyElement({ protocol: 'TCP', containerPort: 80 })).toBe('k:{"containerPort":80,"protocol":"TCP"}');
    expect(valueElement('foregroundDeletion')).toBe('v:"foregroundDeletion"');
    expect(normalizeElement('k:{"protocol":"TCP","containerPort":80}')).toBe('k:{"containerPort":80,"protocol":"TCP"}');
  });

  it('print paths as the API server does in conflicts', () => {
    const path = ['f:spec', 'f:template', 'f:spec', 'f:containers', keyElement({ name: 'web' }), 'f:image'];
    expect(describePath(path)).toBe('.spec.template.spec.containers[name="web"].image');
    expect(describePath(['f:ports', keyElement({ protocol: 'TCP', port: 80 })])).toBe('.ports[port=80,protocol="TCP"]');
    expect(describePath(['f:metadata', 'f:finalizers', valueElement('a')])).toBe('.metadata.finalizers[="a"]');
    expect(describePath(['f:args', 'i:2'])).toBe('.args[2]');
  });

  it('order fields before keys before values before indexes, each by value', () => {
    const elements = [
      'i:1',
      valueElement('b'),
      keyElement({ name: 'b' }),
      'f:b',
      'f:a',
      keyElement({ name: 'a' }),
      'i:0',
    ];
    expect(elements.sort(compareElements)).toEqual([
      'f:a',
      'f:b',
      'k:{"name":"a"}',
      'k:{"name":"b"}',
      'v:"b"',
      'i:0',
      'i:1',
    ]);
    expect(compareElements(keyElement({ port: 9 }), keyElement({ port: 10 }))).toBe(-1);
  });

  it('refuse unknown prefixes', () => {
    expect(() => parseElement('x:foo')).toThrow(PatchError);
    expect(() => parseElement('k:{oops')).toThrow(PatchError);
    expect(parseElement(fieldElement('a.b'))).toEqual({ kind: 'field', name: 'a.b' });
  });
});

describe('value order', () => {
  it('puts numbers before strings before booleans before lists before maps before null', () => {
    const values = [null, { a: 1 }, [1], true, 'x', 2];
    expect([...values].sort(compareJson)).toEqual([2, 'x', true, [1], { a: 1 }, null]);
  });

  it('describes values as upstream value.ToString', () => {
    expect(describeValue('web')).toBe('"web"');
    expect(describeValue(80)).toBe('80');
    expect(describeValue(null)).toBe('null');
  });
});
