import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { KubeRequestContext } from './kube-request-context';

/** An express request on the Kubernetes endpoint, after the access middleware and the body reader. */
export interface KubeHttpRequest extends Request {
  kube?: KubeRequestContext;
}

/** The request's context; a route outside /clusters/{sandboxId} has none, which is a programming error. */
export function kubeContextOf(request: KubeHttpRequest): KubeRequestContext {
  if (!request.kube) throw new Error(`no Kubernetes request context on ${request.method} ${request.originalUrl}`);
  return request.kube;
}

/** The body exactly as sent (empty when there was none); decoding is the handler's business. */
export function rawBodyOf(request: Request): Buffer {
  const body: unknown = request.body;
  return Buffer.isBuffer(body) ? body : Buffer.alloc(0);
}

/** Handler parameter: `@KubeContext() kube: KubeRequestContext`. */
export const KubeContext = createParamDecorator((_: unknown, context: ExecutionContext): KubeRequestContext =>
  kubeContextOf(context.switchToHttp().getRequest<KubeHttpRequest>()),
);

/** Handler parameter: `@RawBody() body: Buffer`. */
export const RawBody = createParamDecorator((_: unknown, context: ExecutionContext): Buffer =>
  rawBodyOf(context.switchToHttp().getRequest<Request>()),
);
