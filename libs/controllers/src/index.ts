export * from './controllers.module';
