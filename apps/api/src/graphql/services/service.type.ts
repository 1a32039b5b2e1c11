import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { KubeObject } from '@ksb/store';
import { Connection } from '../common/connection';
import { ObjectMeta } from '../common/object-meta.type';
import { JsonScalar } from '../scalars/json.scalar';

@ObjectType()
export class ServicePort {
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => Int) port!: number;
  @Field({ description: "A port number or a container port's name (the port itself when not set)." })
  targetPort!: string;
  @Field(() => Int, { nullable: true }) nodePort!: number | null;
  @Field() protocol!: string;
}

@ObjectType()
export class EndpointPort {
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => Int, { nullable: true }) port!: number | null;
  @Field() protocol!: string;
}

@ObjectType({ description: 'One address behind a service, from its EndpointSlices.' })
export class Endpoint {
  @Field() ip!: string;
  @Field({ description: 'Whether it receives traffic (an unknown readiness counts as ready, as kube-proxy does).' })
  ready!: boolean;
  @Field(() => String, { nullable: true, description: 'The pod behind the address (targetRef).' })
  podName!: string | null;
  @Field(() => String, { nullable: true }) nodeName!: string | null;
  @Field(() => [EndpointPort]) ports!: EndpointPort[];
}

@ObjectType()
export class Service {
  /** For field resolvers (not in the schema). */
  sandboxId!: string;
  @Field(() => ObjectMeta) metadata!: ObjectMeta;
  @Field({ description: 'ClusterIP, NodePort, LoadBalancer or ExternalName.' }) type!: string;
  @Field(() => String, { nullable: true, description: '"None" for a headless service.' }) clusterIP!: string | null;
  @Field(() => [String]) clusterIPs!: string[];
  @Field(() => [String]) externalIPs!: string[];
  @Field(() => String, { nullable: true }) externalName!: string | null;
  @Field(() => [ServicePort]) ports!: ServicePort[];
  @Field(() => JsonScalar, { nullable: true, description: 'The pod selector (label to value); null without one.' })
  selector!: Record<string, string> | null;
  @Field() sessionAffinity!: string;
  @Field(() => JsonScalar) json!: KubeObject;
}

@ObjectType()
export class ServiceConnection extends Connection(Service) {}
