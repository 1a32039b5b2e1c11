export * from './json-value';
export * from './merge-patch';
export * from './json-patch';
