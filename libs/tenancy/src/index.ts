export * from './access/principal';
export * from './access/access-policy';
export * from './quota/quota-policy';
export * from './auth/auth.guard';
export * from './tenancy.service';
export * from './tenancy.module';
