import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { App } from 'supertest/types';
import { useTestEnv } from '@ksb/testing';
import { createApiApp } from '../src/api.app';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

export interface ApiContext {
  app: INestApplication<App>;
  as(token: string): {
    get(path: string): request.Test;
    post(path: string, body?: object | string): request.Test;
    delete(path: string): request.Test;
  };
  /** A tenant with a tenant-admin token. */
  tenant(name?: string, quotas?: object): Promise<{ id: string; adminToken: string }>;
  token(issuer: string, body: object): Promise<{ id: string; token: string; userId: string | null }>;
  sandbox(token: string, body?: object): Promise<{ id: string; [k: string]: unknown }>;
}

/** The API application on the test database and Redis, driven through supertest. */
export async function createApiContext(): Promise<ApiContext> {
  useTestEnv({ ADMIN_TOKEN });
  const app = (await createApiApp()) as INestApplication<App>;
  await app.init();
  const as = (token: string) => ({
    get: (path: string) => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object | string = {}) =>
      request(app.getHttpServer())
        .post(path)
        .set('Authorization', `Bearer ${token}`)
        .set('Content-Type', 'application/json')
        .send(typeof body === 'string' ? body : JSON.stringify(body)),
    delete: (path: string) => request(app.getHttpServer()).delete(path).set('Authorization', `Bearer ${token}`),
  });
  const token = async (issuer: string, body: object) => {
    const res = await as(issuer).post('/v1/tokens', body).expect(201);
    return res.body as { id: string; token: string; userId: string | null };
  };
  return {
    app,
    as,
    token,
    async tenant(name = 'school', quotas?: object) {
      const res = await as(ADMIN_TOKEN)
        .post('/v1/tenants', { name, ...(quotas ? { quotas } : {}) })
        .expect(201);
      const id = (res.body as { id: string }).id;
      const admin = await token(ADMIN_TOKEN, { tenantId: id, role: 'tenant-admin' });
      return { id, adminToken: admin.token };
    },
    async sandbox(issuer: string, body: object = {}) {
      const res = await as(issuer)
        .post('/v1/sandboxes', {
          name: 'lesson',
          nodes: { count: 3, cpu: '2', memory: '4Gi' },
          profile: 'fast',
          ...body,
        })
        .expect(201);
      return res.body as { id: string };
    },
  };
}
