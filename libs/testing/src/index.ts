export * from './eventually';
export * from './test-env';
export * from './fixtures';
export * from './store-context';
export * from './kubectl';
export * from './outcome';
export * from './control-plane-context';
export * from './worker-process';
