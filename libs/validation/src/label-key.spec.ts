import { labelKeyErrors } from './label-key';

const NAME_REGEX_MESSAGE =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const PREFIX_REGEX_MESSAGE =
  "prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

describe('labelKeyErrors (content.IsLabelKey)', () => {
  // Cases from upstream's kube_test.go.
  it.each([
    'simple',
    'now-with-dashes',
    '1-starts-with-num',
    '1234',
    'simple/simple',
    'now-with-dashes/simple',
    'now-with-dashes/now-with-dashes',
    'now.with.dots/simple',
    'now-with.dashes-and.dots/simple',
    '1-num.2-num/3-num',
    '1234/5678',
    '1.2.3.4/5678',
    'Uppercase_Is_OK_123',
    'example.com/Uppercase_Is_OK_123',
    'requests.storage-foo',
    'a'.repeat(63),
    `${'a'.repeat(253)}/${'b'.repeat(63)}`,
  ])('accepts %s', (key) => {
    expect(labelKeyErrors(key)).toEqual([]);
  });

  it.each([
    'nospecialchars%^=@',
    'cantendwithadash-',
    '-cantstartwithadash-',
    'only/one/slash',
    'Example.com/abc',
    'example_com/abc',
    'example.com/',
    '/simple',
    'a'.repeat(64),
    `${'a'.repeat(254)}/abc`,
  ])('rejects %s', (key) => {
    expect(labelKeyErrors(key)).not.toEqual([]);
  });

  it('explains a bad name', () => {
    expect(labelKeyErrors('a b')).toEqual([NAME_REGEX_MESSAGE]);
  });

  it('explains an over-long name in bytes', () => {
    expect(labelKeyErrors('a'.repeat(64))).toEqual(['name part must be no more than 63 bytes']);
  });

  it('reports both problems of an empty name', () => {
    expect(labelKeyErrors('example.com/')).toEqual(['name part must be non-empty', NAME_REGEX_MESSAGE]);
  });

  it('explains an empty prefix', () => {
    expect(labelKeyErrors('/simple')).toEqual(['prefix part must be non-empty']);
  });

  it('explains a prefix that is not a lowercase DNS subdomain', () => {
    expect(labelKeyErrors('app.kubernetes_io/name')).toEqual([PREFIX_REGEX_MESSAGE]);
  });

  it('explains an over-long prefix', () => {
    expect(labelKeyErrors(`${'a'.repeat(254)}/abc`)).toEqual(['prefix part must be no more than 253 bytes']);
  });

  it('explains more than one slash', () => {
    expect(labelKeyErrors('a/b/c')).toEqual([
      "a valid label key must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
    ]);
  });
});
