export * from './controllers.module';
export * from './control-plane.module';
