export * from './objects/kube-object';
export * from './objects/kube-time';
export * from './objects/write-op';
export * from './store.service';
export * from './store.module';
export * from './watch/watch';
export * from './compaction/compaction.reconciler';
export * from './events-ttl/event-ttl.reconciler';
export { supportedFields } from './fields/field-index';
