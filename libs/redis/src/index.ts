export * from './redis.module';
export * from './eviction-policy';
