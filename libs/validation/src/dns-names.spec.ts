import { dns1123SubdomainErrors } from './dns-subdomain';
import { dns1035LabelErrors, dns1123LabelErrors } from './dns-names';

describe('DNS name validation (upstream messages)', () => {
  it('accepts valid names', () => {
    expect(dns1123LabelErrors('my-name')).toEqual([]);
    expect(dns1035LabelErrors('web')).toEqual([]);
    expect(dns1123SubdomainErrors('web.example')).toEqual([]);
  });

  it('explains invalid names as upstream does', () => {
    expect(dns1123LabelErrors('My_Name')).toEqual([
      "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
    ]);
    expect(dns1035LabelErrors('1web')).toEqual([
      "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
    ]);
    expect(dns1123LabelErrors('a'.repeat(64))[0]).toBe('must be no more than 63 bytes');
  });
});
