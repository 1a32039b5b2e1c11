import { goDuration } from './go-duration';

describe('goDuration', () => {
  it.each([
    [30, '30ms'],
    [1500, '1.5s'],
    [2000, '2s'],
    [123_200, '2m3.2s'],
  ])('%d ms prints %s', (ms, text) => expect(goDuration(ms)).toBe(text));
});
