import { maxLenError, regexError } from './messages';

describe('validation messages', () => {
  it('prints the regex alone without examples', () => {
    expect(regexError('bad', 'x+', [])).toBe("bad (regex used for validation is 'x+')");
  });

  it("keeps upstream's double space between examples", () => {
    expect(regexError('bad', 'x+', ['a', 'b'])).toBe("bad (e.g. 'a',  or 'b', regex used for validation is 'x+')");
  });

  it('states length limits in bytes', () => {
    expect(maxLenError(63)).toBe('must be no more than 63 bytes');
  });
});
