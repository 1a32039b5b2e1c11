// Unit tests (*.spec.ts) sit beside the code and need nothing running; integration tests (*.int-spec.ts)
// talk to the real Postgres and Redis that scripts/test.js provides (DATABASE_URL, REDIS_URL).
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  transform: { '^.+\\.ts$': swc },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: { '^@ksb/(.*)$': '<rootDir>/libs/$1/src' },
  testEnvironment: 'node',
};

module.exports = {
  rootDir: __dirname,
  // Integration tests wait for conditions (eventually) with their own limits; this is the outer bound.
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', rootDir: __dirname, testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      rootDir: __dirname,
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts'],
    },
  ],
};
