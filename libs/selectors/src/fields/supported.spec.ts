import { SelectorError } from '../selector-error';
import { parseFieldSelector } from './parse';
import { assertSupportedFields, DEFAULT_SELECTABLE_FIELDS, type SupportedFieldsOptions } from './supported';
import { UnsupportedFieldError } from './unsupported-field-error';

const POD_FIELDS = ['metadata.name', 'metadata.namespace', 'spec.nodeName', 'status.phase'];

/** The error assertSupportedFields throws for `text`, or undefined when it accepts it. */
function rejection(
  text: string,
  supported: readonly string[],
  kind: string,
  options?: SupportedFieldsOptions,
): UnsupportedFieldError | undefined {
  try {
    assertSupportedFields(parseFieldSelector(text), supported, kind, options);
  } catch (error) {
    if (error instanceof UnsupportedFieldError) return error;
    throw error;
  }
  return undefined;
}

describe('assertSupportedFields', () => {
  it('accepts supported fields and the empty selector', () => {
    expect(rejection('spec.nodeName=n1,status.phase!=Failed', POD_FIELDS, 'pods')).toBeUndefined();
    expect(rejection('', [], 'pods')).toBeUndefined();
  });

  it('answers like kinds with their own conversion (pods, nodes, CRDs)', () => {
    const error = rejection('spec.foo=bar', POD_FIELDS, 'pods');
    expect(error).toBeInstanceOf(SelectorError);
    expect(error?.message).toBe('field label not supported: spec.foo');
    expect(error?.field).toBe('spec.foo');
    expect(error?.kind).toBe('pods');
  });

  it('answers like the generic conversion for metadata-only kinds', () => {
    const error = rejection('foo.bar=baz', DEFAULT_SELECTABLE_FIELDS, 'deployments.apps');
    expect(error?.message).toBe('"foo.bar" is not a known field selector: only "metadata.name", "metadata.namespace"');
  });

  it('lets the caller choose the wording explicitly', () => {
    const custom = rejection('spec.x=1', DEFAULT_SELECTABLE_FIELDS, 'widgets.example.com', { customConversion: true });
    expect(custom?.message).toBe('field label not supported: spec.x');
    const generic = rejection('spec.x=1', POD_FIELDS, 'things', {
      customConversion: false,
    });
    expect(generic?.message).toBe('"spec.x" is not a known field selector: only "metadata.name", "metadata.namespace"');
  });

  it('reports the first unsupported field in selector order', () => {
    const error = rejection('zeta=1,alpha=2,metadata.name=x', POD_FIELDS, 'pods');
    expect(error?.field).toBe('alpha');
  });

  it('treats a cluster-scoped kind without metadata.namespace as custom', () => {
    const nodeFields = ['metadata.name', 'spec.unschedulable'];
    expect(rejection('metadata.namespace=a', nodeFields, 'nodes')?.message).toBe(
      'field label not supported: metadata.namespace',
    );
  });
});
