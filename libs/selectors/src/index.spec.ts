import * as selectors from './index';

describe('@ksb/selectors public API', () => {
  it('exports the documented functions and classes', () => {
    expect(Object.keys(selectors).sort()).toEqual([
      'DEFAULT_SELECTABLE_FIELDS',
      'SelectorError',
      'UnsupportedFieldError',
      'assertSupportedFields',
      'escapeFieldValue',
      'formatFieldSelector',
      'formatLabelSelector',
      'labelSelectorFromObject',
      'matchesFields',
      'matchesLabels',
      'parseFieldSelector',
      'parseLabelSelector',
      'unescapeFieldValue',
    ]);
  });

  it('works end to end for a list filter', () => {
    const labels = selectors.parseLabelSelector('app=web,tier in (frontend,cache),!canary');
    const fields = selectors.parseFieldSelector('status.phase=Running');
    selectors.assertSupportedFields(fields, ['metadata.name', 'metadata.namespace', 'status.phase'], 'pods');
    expect(selectors.matchesLabels(labels, { app: 'web', tier: 'cache' })).toBe(true);
    expect(selectors.matchesFields(fields, { 'status.phase': 'Running' })).toBe(true);
    expect(selectors.formatLabelSelector(labels)).toBe('app=web,!canary,tier in (cache,frontend)');
  });

  it('throws SelectorError, an Error with a message', () => {
    const error = new selectors.SelectorError('boom');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SelectorError');
    expect(error.message).toBe('boom');
  });
});
