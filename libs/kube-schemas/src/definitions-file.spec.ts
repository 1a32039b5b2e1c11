describe('readGeneratedDefinitions', () => {
  afterEach(() => jest.resetModules());

  it('names the generator when the generated file is missing', () => {
    jest.doMock('node:fs', () => ({ ...jest.requireActual<object>('node:fs'), existsSync: () => false }));
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { readGeneratedDefinitions } = require('./definitions-file') as typeof import('./definitions-file');
      expect(() => readGeneratedDefinitions()).toThrow('run `node scripts/generate-kube-schemas.js`');
    });
  });
});
