export * from './kind-info';
export * from './field-errors';
export * from './naming';
export * from './object-scope';
export * from './objects.service';
export * from './kube-objects.module';
export * from './pods/pod-subresources.service';
export * from './kind-of-definition';
