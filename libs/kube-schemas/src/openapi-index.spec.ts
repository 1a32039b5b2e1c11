import { groupVersionOfOpenApiPath, openApiIndex, openApiPathOf } from './openapi-index';

describe('openApiIndex', () => {
  it('lists each group-version with its hash in the URL', () => {
    expect(openApiIndex(['apps/v1', 'v1'], (gv) => `H-${gv.replace('/', '-')}`)).toEqual({
      paths: {
        'api/v1': { serverRelativeURL: '/openapi/v3/api/v1?hash=H-v1' },
        'apis/apps/v1': { serverRelativeURL: '/openapi/v3/apis/apps/v1?hash=H-apps-v1' },
      },
    });
  });

  it('maps group-versions to document paths and back', () => {
    expect(openApiPathOf('v1')).toBe('api/v1');
    expect(openApiPathOf('networking.k8s.io/v1')).toBe('apis/networking.k8s.io/v1');
    expect(groupVersionOfOpenApiPath('api/v1')).toBe('v1');
    expect(groupVersionOfOpenApiPath('apis/networking.k8s.io/v1')).toBe('networking.k8s.io/v1');
    expect(groupVersionOfOpenApiPath('apis/apps')).toBeUndefined();
    expect(groupVersionOfOpenApiPath('api/v1/extra')).toBeUndefined();
  });
});
