import { inclusiveRangeError, portNameErrors, portNumberErrors } from './ports';

describe('ports', () => {
  it('accepts 1-65535', () => {
    expect(portNumberErrors(1)).toEqual([]);
    expect(portNumberErrors(65535)).toEqual([]);
    expect(portNumberErrors(0)).toEqual(['must be between 1 and 65535, inclusive']);
    expect(inclusiveRangeError(0, 10)).toBe('must be between 0 and 10, inclusive');
  });

  it('checks IANA service names', () => {
    expect(portNameErrors('http')).toEqual([]);
    expect(portNameErrors('web-8080')).toEqual([]);
    expect(portNameErrors('8080')).toEqual(['must contain at least one letter (a-z)']);
    expect(portNameErrors('a-very-long-port-name')).toEqual(['must be no more than 15 bytes']);
    expect(portNameErrors('-a--b')).toEqual([
      'must not contain consecutive hyphens',
      'must not begin or end with a hyphen',
    ]);
    expect(portNameErrors('HTTP')).toEqual([
      'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'must contain at least one letter (a-z)',
    ]);
  });
});
