import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import type { IncomingMessage } from 'node:http';
import { APP_CONFIG, type AppConfig, ConfigModule } from '@ksb/config';
import { KubeObjectsModule } from '@ksb/kube-objects';
import { SandboxesModule } from '@ksb/sandboxes';
import { StoreModule } from '@ksb/store';
import { TenancyModule } from '@ksb/tenancy';
import { SandboxAccess } from './access/sandbox-access.service';
import { GraphqlContextFactory, type SocketContext } from './context/graphql-context.factory';
import { SchemaRef } from './context/schema-ref';
import { formatGraphqlError } from './errors/format-graphql-error';
import { FaultsModule } from '../faults/faults.module';
import { FaultsResolver } from './faults/faults.resolver';
import { KIND_RESOLVERS } from './kind-resolvers';
import { ManifestsResolver } from './manifests/manifests.resolver';
import { ManifestsService } from './manifests/manifests.service';
import { ObjectMutationsResolver } from './objects/object-mutations.resolver';
import { RolloutsResolver } from './rollouts/rollouts.resolver';
import { RolloutsService } from './rollouts/rollouts.service';
import { costPlugin } from './limits/limits';
import { queryDepthRule } from './limits/query-depth.rule';
import { httpOperationsPlugin } from './transport/http-operations.plugin';
import { NodeFieldsResolver, SandboxNodesResolver } from './nodes/nodes.resolver';
import { SandboxObjects } from './objects/sandbox-objects.service';
import { PodFieldsResolver, SandboxPodsResolver } from './pods/pods.resolver';
import { SandboxesResolver } from './sandboxes/sandboxes.resolver';
import { EventStreams } from './subscriptions/event-streams.service';
import { graphqlWsOptions } from './subscriptions/graphql-ws.options';
import { SubscriptionAccessMonitor } from './subscriptions/subscription-access.monitor';
import { SubscriptionsResolver } from './subscriptions/subscriptions.resolver';

@Module({
  imports: [TenancyModule, StoreModule],
  providers: [GraphqlContextFactory, SchemaRef],
  exports: [GraphqlContextFactory, SchemaRef],
})
class GraphqlContextModule {}

/**
 * The GraphQL API at /graphql (code-first schema): queries and mutations over HTTP, subscriptions over
 * graphql-ws on the same path. The playground (GraphiQL from the API's own assets) is mounted beside it.
 */
@Module({
  imports: [
    ConfigModule,
    GraphqlContextModule,
    TenancyModule,
    SandboxesModule,
    StoreModule,
    KubeObjectsModule,
    FaultsModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [ConfigModule, GraphqlContextModule],
      inject: [APP_CONFIG, GraphqlContextFactory, SchemaRef],
      useFactory: (config: AppConfig, contexts: GraphqlContextFactory, schemaRef: SchemaRef): ApolloDriverConfig => {
        const limits = { maxDepth: config.GRAPHQL_MAX_DEPTH, maxCost: config.GRAPHQL_MAX_COST };
        return {
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          // Apollo's own landing page loads from a CDN: the playground is served by the API (graphql/playground).
          playground: false,
          introspection: true,
          includeStacktraceInErrorResponses: false,
          validationRules: [queryDepthRule(limits.maxDepth)],
          plugins: [httpOperationsPlugin(), costPlugin(limits)],
          formatError: formatGraphqlError,
          // Apollo calls it with { req } per HTTP request; graphql-ws with its connection context per operation.
          context: (given: { req?: IncomingMessage } | SocketContext) =>
            'req' in given && given.req
              ? contexts.forRequest(given.req.headers)
              : contexts.forSocket(given as SocketContext),
          subscriptions: {
            'graphql-ws': graphqlWsOptions(contexts, schemaRef, {
              ...limits,
              maxSubscriptionsPerConnection: config.GRAPHQL_MAX_SUBSCRIPTIONS_PER_CONNECTION,
            }),
          },
        };
      },
    }),
  ],
  providers: [
    SandboxAccess,
    SandboxObjects,
    EventStreams,
    SubscriptionAccessMonitor,
    SandboxesResolver,
    SandboxPodsResolver,
    PodFieldsResolver,
    SandboxNodesResolver,
    NodeFieldsResolver,
    SubscriptionsResolver,
    ManifestsService,
    ManifestsResolver,
    RolloutsService,
    RolloutsResolver,
    ObjectMutationsResolver,
    FaultsResolver,
    ...KIND_RESOLVERS,
  ],
})
export class GraphqlApiModule implements OnApplicationBootstrap {
  constructor(
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly schemaRef: SchemaRef,
  ) {}

  onApplicationBootstrap(): void {
    this.schemaRef.schema = this.schemaHost.schema;
  }
}
