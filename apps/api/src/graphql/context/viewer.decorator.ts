import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError } from '@ksb/errors';
import type { Principal } from '@ksb/tenancy';
import type { GraphqlContext } from './graphql-context';

export const graphqlContextOf = (context: ExecutionContext): GraphqlContext =>
  GqlExecutionContext.create(context).getContext<GraphqlContext>();

export function requirePrincipal(context: GraphqlContext): Principal {
  if (!context.principal) {
    throw new DomainError('UNAUTHENTICATED', 'a valid bearer token is required (Authorization: Bearer <token>)');
  }
  return context.principal;
}

/** The authenticated caller of a resolver; UNAUTHENTICATED without a valid token. */
export const Viewer = createParamDecorator((_: unknown, context: ExecutionContext): Principal =>
  requirePrincipal(graphqlContextOf(context)),
);
