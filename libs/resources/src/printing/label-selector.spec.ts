import { formatLabelSelector, selectorString } from './label-selector';

describe('selectorString', () => {
  it.each([
    [{ matchLabels: { app: 'web' } }, 'app=web'],
    [{ matchLabels: { tier: 'front', app: 'web' } }, 'app=web,tier=front'],
    [
      {
        matchLabels: { app: 'web' },
        matchExpressions: [
          { key: 'env', operator: 'In', values: ['prod', 'dev'] },
          { key: 'zone', operator: 'NotIn', values: ['b'] },
          { key: 'canary', operator: 'DoesNotExist' },
          { key: 'owner', operator: 'Exists' },
        ],
      },
      'app=web,!canary,env in (dev,prod),owner,zone notin (b)',
    ],
    [{}, ''],
    [undefined, ''],
    [{ matchExpressions: [{ key: 'a', operator: 'Gt', values: ['1'] }] }, null],
    [{ matchExpressions: [{ key: 'a', operator: 'In', values: [] }] }, null],
    [{ matchExpressions: [{ key: 'a', operator: 'Exists', values: ['x'] }] }, null],
  ])('%j -> %p', (selector, text) => {
    expect(selectorString(selector)).toBe(text);
  });

  it('formats empty selectors as <none> and invalid ones as <error>', () => {
    expect(formatLabelSelector({ matchLabels: { app: 'web' } })).toBe('app=web');
    expect(formatLabelSelector({})).toBe('<none>');
    expect(formatLabelSelector({ matchExpressions: [{ key: 'a', operator: 'Bad' }] })).toBe('<error>');
  });
});
