import { expandKubernetesVars } from './kubernetes-vars';

describe('expandKubernetesVars', () => {
  const env = { POD_NAME: 'web-0', MESSAGE: 'hi', EMPTY: '' };
  it.each([
    ['$(POD_NAME)', 'web-0'],
    ['-text=$(POD_NAME)', '-text=web-0'],
    ['$(MESSAGE) $(MESSAGE)', 'hi hi'],
    ['$(UNKNOWN)', '$(UNKNOWN)'],
    ['$$(POD_NAME)', '$(POD_NAME)'],
    ['$$$(POD_NAME)', '$web-0'],
    ['$(EMPTY)x', 'x'],
    ['$POD_NAME', '$POD_NAME'],
    ['${POD_NAME}', '${POD_NAME}'],
    ['$(POD_NAME', '$(POD_NAME'],
    ['cost: 5$', 'cost: 5$'],
    ['$()', '$()'],
    ['$$', '$'],
  ])('%s -> %s', (input, expected) => {
    expect(expandKubernetesVars(input, env)).toBe(expected);
  });
});
