export * from './layout/node-spec';
export * from './layout/presets';
export * from './sandbox-view';
export * from './sandboxes.service';
export * from './sandboxes.module';
export * from './expiry/sandbox-expiry.reconciler';
export * from './bootstrap/versions';
