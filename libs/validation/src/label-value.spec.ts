import { labelValueErrors } from './label-value';

const VALUE_REGEX_MESSAGE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

describe('labelValueErrors (content.IsLabelValue)', () => {
  // Cases from upstream's kube_test.go.
  it.each(['simple', 'now-with-dashes', '1-starts-with-num', 'end-with-num-1', '1234', 'a'.repeat(63), ''])(
    'accepts %j',
    (value) => {
      expect(labelValueErrors(value)).toEqual([]);
    },
  );

  it.each([
    'nospecialchars%^=@',
    'Tama-nui-te-rā.is.Māori.sun',
    '\\backslashes\\are\\bad',
    '-starts-with-dash',
    'ends-with-dash-',
    '.starts.with.dot',
    'ends.with.dot.',
  ])('rejects %j with the regex message', (value) => {
    expect(labelValueErrors(value)).toEqual([VALUE_REGEX_MESSAGE]);
  });

  it('rejects an over-long value in bytes', () => {
    expect(labelValueErrors('a'.repeat(64))).toEqual(['must be no more than 63 bytes']);
  });

  it('counts bytes, not characters', () => {
    expect(labelValueErrors('ā'.repeat(32))).toEqual(['must be no more than 63 bytes', VALUE_REGEX_MESSAGE]);
  });
});
