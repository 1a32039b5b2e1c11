import { Field, ObjectType } from '@nestjs/graphql';
import type { KubeObject } from '@ksb/store';
import { Connection } from '../common/connection';
import { ObjectMeta } from '../common/object-meta.type';
import { JsonScalar } from '../scalars/json.scalar';

@ObjectType({ description: 'Where an ingress sends requests: a service port, or a resource (e.g. a bucket).' })
export class IngressBackend {
  @Field(() => String, { nullable: true }) serviceName!: string | null;
  @Field(() => String, { nullable: true, description: 'A port number or a port name.' })
  servicePort!: string | null;
  @Field(() => JsonScalar, { nullable: true, description: 'A resource backend (apiGroup, kind, name).' })
  resource!: unknown;
}

@ObjectType()
export class IngressPath {
  @Field({ description: '"/" when not set.' }) path!: string;
  @Field({ description: 'Exact, Prefix or ImplementationSpecific.' }) pathType!: string;
  @Field(() => String, { nullable: true }) serviceName!: string | null;
  @Field(() => String, { nullable: true, description: 'A port number or a port name.' })
  servicePort!: string | null;
}

@ObjectType()
export class IngressRule {
  @Field(() => String, { nullable: true, description: 'null matches every host.' }) host!: string | null;
  @Field(() => [IngressPath]) paths!: IngressPath[];
}

@ObjectType()
export class Ingress {
  @Field(() => ObjectMeta) metadata!: ObjectMeta;
  @Field(() => String, { nullable: true }) ingressClassName!: string | null;
  @Field(() => [IngressRule]) rules!: IngressRule[];
  @Field(() => IngressBackend, { nullable: true }) defaultBackend!: IngressBackend | null;
  @Field(() => [String], { description: 'Hosts that terminate TLS (spec.tls[].hosts).' }) tlsHosts!: string[];
  @Field(() => [String], { description: 'status.loadBalancer.ingress: each IP, or the hostname without one.' })
  addresses!: string[];
  @Field(() => JsonScalar) json!: KubeObject;
}

@ObjectType()
export class IngressConnection extends Connection(Ingress) {}
