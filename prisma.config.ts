import { defineConfig } from 'prisma/config';

// Prisma 7 reads the URL here, not from the schema. Migrations are applied by scripts/migrate.js
// (Prisma 7's migrate needs a native engine that cannot be downloaded on our machines).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
