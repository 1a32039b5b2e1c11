export * from './readiness.service';
export * from './health-server';
export * from './health.module';
