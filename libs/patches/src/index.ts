export * from './json-value';
export * from './merge-patch';
export * from './json-patch';
export * from './patch-schema';
export * from './strategic-merge-patch';
export * from './apply';
