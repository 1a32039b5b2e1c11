import { CanActivate, createParamDecorator, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@ksb/errors';
import type { Principal } from '../access/principal';
import { TenancyService } from '../tenancy.service';

const PUBLIC_KEY = 'ksb:public';

/** Marks a route that needs no token (health, docs). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  principal?: Principal;
}

export function bearerSecret(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? /^Bearer\s+(\S+)\s*$/i.exec(value) : null;
  return match?.[1];
}

/** Authenticates every route not marked @Public(); the principal is then available to handlers. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()])) return true;
    // GraphQL authenticates once per request or WebSocket connection, in its context (apps/api graphql).
    if (context.getType<string>() === 'graphql') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const secret = bearerSecret(request.headers.authorization);
    if (!secret) throw new DomainError('UNAUTHENTICATED', 'a bearer token is required (Authorization: Bearer <token>)');
    const principal = await this.tenancy.authenticate(secret);
    if (!principal) throw new DomainError('UNAUTHENTICATED', 'the token is invalid or has been revoked');
    request.principal = principal;
    return true;
  }
}

export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new DomainError('UNAUTHENTICATED', 'not authenticated');
  return principal;
});
