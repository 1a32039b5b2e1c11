import { createHash } from 'node:crypto';
import { All, Controller, Get, Module, Param } from '@nestjs/common';
import { DomainError, type ErrorCode } from '@ksb/errors';
import { KubeContext, RawBody } from '../src/kube/request/kube-request';
import type { KubeRequestContext } from '../src/kube/request/kube-request-context';
import { KUBE_MAX_BODY_BYTES } from '../src/kube/request/raw-body';
import { type ApiContext, createApiContext } from './api-context';
import { type KubeEndpoint, startKubeEndpoint } from './kube-context';

/** A resource handler as the real ones register: a controller under clusters/:sandboxId in a module. */
@Controller('clusters/:sandboxId')
class EchoController {
  @All('echo/*rest')
  echo(@KubeContext() kube: KubeRequestContext, @RawBody() body: Buffer) {
    return {
      user: kube.user,
      sandbox: kube.sandbox.id,
      verb: kube.attributes.verb,
      length: body.length,
      sha256: createHash('sha256').update(body).digest('hex'),
    };
  }

  @Get('fail/:code')
  fail(@Param('code') code: string): never {
    if (code === 'crash') throw new Error('connection to 10.1.2.3 refused: secret detail');
    throw new DomainError(code as ErrorCode, `failed with ${code}`, {
      causes: [{ field: 'spec.replicas', message: 'Invalid value: -1: must be greater than or equal to 0' }],
      ...(code === 'QUOTA_EXCEEDED' ? { retryAfterSeconds: 7 } : {}),
    });
  }
}

@Module({ controllers: [EchoController] })
class EchoModule {}

describe('Kubernetes endpoint: registered resource handlers', () => {
  let kube: KubeEndpoint;
  let api: ApiContext;
  let token: string;
  let base: string;

  beforeAll(async () => {
    kube = await startKubeEndpoint({ resourceModules: [EchoModule] });
    api = await createApiContext();
    const tenant = await api.tenant();
    const sandbox = await api.sandbox(tenant.adminToken, { preset: 'single', nodes: undefined });
    token = tenant.adminToken;
    base = `/clusters/${sandbox.id}`;
  });
  afterAll(async () => {
    await kube.close();
    await api.app.close();
  });

  it('hands handlers the caller and the body as raw bytes, whatever its type', async () => {
    const protobuf = Buffer.concat([Buffer.from('k8s\0'), Buffer.from([0x0a, 0x02, 0x76, 0x31, 0xff, 0x00])]);
    const bodies: Array<[string, Buffer]> = [
      ['application/json', Buffer.from('{"kind":"Pod"}')],
      ['application/apply-patch+yaml', Buffer.from('kind: Pod\nmetadata: {name: x}\n')],
      ['application/vnd.kubernetes.protobuf', protobuf],
      ['text/plain', Buffer.alloc(KUBE_MAX_BODY_BYTES, 0x61)],
    ];
    for (const [type, body] of bodies) {
      const res = await kube.request('PATCH', `${base}/echo/api/v1/namespaces/default/pods/x`, {
        token,
        body,
        headers: { 'Content-Type': type },
      });
      expect([type, res.status, res.json()]).toEqual([
        type,
        200,
        expect.objectContaining({
          verb: 'patch',
          length: body.length,
          sha256: createHash('sha256').update(body).digest('hex'),
        }),
      ]);
    }
    const empty = await kube.request('GET', `${base}/echo/x`, { token });
    expect(empty.json()).toMatchObject({ length: 0, verb: 'get' });
  });

  it('answers 413 RequestEntityTooLarge beyond 3 MiB', async () => {
    const res = await kube.request('POST', `${base}/echo/x`, {
      token,
      body: Buffer.alloc(KUBE_MAX_BODY_BYTES + 1, 0x61),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.json()).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: `Request entity too large: limit is ${KUBE_MAX_BODY_BYTES}`,
      reason: 'RequestEntityTooLarge',
      code: 413,
    });
  });

  it('turns domain errors into Status objects, and hides what unexpected errors say', async () => {
    const cases: Array<[string, number, string]> = [
      ['NOT_FOUND', 404, 'NotFound'],
      ['CONFLICT', 409, 'Conflict'],
      ['INVALID', 422, 'Invalid'],
      ['EXPIRED', 410, 'Expired'],
      ['QUOTA_EXCEEDED', 429, 'TooManyRequests'],
      ['UNAVAILABLE', 503, 'ServiceUnavailable'],
    ];
    for (const [code, status, reason] of cases) {
      const res = await kube.request('GET', `${base}/fail/${code}`, { token });
      expect([code, res.status, res.json()]).toEqual([
        code,
        status,
        expect.objectContaining({ kind: 'Status', reason, code: status, message: `failed with ${code}` }),
      ]);
    }
    const invalid = await kube.request('GET', `${base}/fail/INVALID`, { token });
    expect(invalid.json()).toMatchObject({
      details: {
        causes: [
          {
            reason: 'FieldValueInvalid',
            field: 'spec.replicas',
            message: 'Invalid value: -1: must be greater than or equal to 0',
          },
        ],
      },
    });
    const quota = await kube.request('GET', `${base}/fail/QUOTA_EXCEEDED`, { token });
    expect(quota.headers['retry-after']).toBe('7');
    expect(quota.json()).toMatchObject({ details: { retryAfterSeconds: 7 } });

    const crash = await kube.request('GET', `${base}/fail/crash`, { token });
    expect(crash.status).toBe(500);
    expect(crash.json()).toMatchObject({ reason: 'InternalError', code: 500 });
    expect(crash.body.toString()).not.toContain('10.1.2.3');
  });
});
