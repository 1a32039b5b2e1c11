import { humanDuration } from './human-duration';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;
const y = 365 * d;

describe('humanDuration', () => {
  it.each([
    // Near-now and the future
    [-3 * s, '<invalid>'],
    [-2 * s, '<invalid>'],
    [-1999, '0s'],
    [-1 * s, '0s'],
    [-1, '0s'],
    [0, '0s'],
    // Seconds up to two minutes
    [999, '0s'],
    [5 * s, '5s'],
    [59 * s, '59s'],
    [60 * s, '60s'],
    [119 * s + 999, '119s'],
    // Minutes and seconds below ten minutes
    [2 * m, '2m'],
    [2 * m + 1 * s, '2m1s'],
    [3 * m + 2 * s, '3m2s'],
    [9 * m + 59 * s, '9m59s'],
    // Whole minutes below three hours
    [10 * m, '10m'],
    [10 * m + 59 * s, '10m'],
    [179 * m + 59 * s, '179m'],
    // Hours and minutes below eight hours
    [3 * h, '3h'],
    [3 * h + 1 * m, '3h1m'],
    [7 * h + 59 * m + 59 * s, '7h59m'],
    // Whole hours below two days
    [8 * h, '8h'],
    [47 * h + 59 * m, '47h'],
    // Days and hours below eight days
    [48 * h, '2d'],
    [2 * d + 3 * h, '2d3h'],
    [7 * d + 23 * h + 59 * m, '7d23h'],
    // Whole days below two years
    [8 * d, '8d'],
    [8 * d + 23 * h, '8d'],
    [729 * d + 23 * h, '729d'],
    // Years and days below eight years
    [2 * y, '2y'],
    [2 * y + 1 * d, '2y1d'],
    [7 * y + 364 * d, '7y364d'],
    // Whole years
    [8 * y, '8y'],
    [8 * y + 100 * d, '8y'],
    [100 * y, '100y'],
  ])('%d ms -> %s', (milliseconds, text) => {
    expect(humanDuration(milliseconds)).toBe(text);
  });
});
