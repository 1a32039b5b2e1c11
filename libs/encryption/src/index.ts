export * from './sealing-key';
export * from './keyring';
export * from './encryption.module';
