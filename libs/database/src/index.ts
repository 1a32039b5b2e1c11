export * from './database.module';
export { Prisma } from './generated/client';
export type { Tenant, User, ApiToken, Sandbox } from './generated/client';
export * from './ids';
