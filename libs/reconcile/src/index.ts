export * from './reconciler';
export * from './backoff';
export * from './work-queue';
export * from './reconcile-worker';
export * from './reconcile.module';
