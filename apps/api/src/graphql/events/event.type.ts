import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { KubeObject } from '@ksb/store';
import { Connection } from '../common/connection';
import { ObjectMeta } from '../common/object-meta.type';
import { JsonScalar } from '../scalars/json.scalar';

@ObjectType({ description: 'The object an event is about.' })
export class InvolvedObject {
  @Field() kind!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) namespace!: string | null;
  @Field(() => String, { nullable: true }) uid!: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. spec.containers{web}' }) fieldPath!: string | null;
}

@ObjectType({ description: 'Who reported an event.' })
export class EventSource {
  @Field({ description: 'e.g. kubelet, default-scheduler, deployment-controller' }) component!: string;
  @Field(() => String, { nullable: true, description: 'e.g. the node of a kubelet' }) host!: string | null;
}

@ObjectType('Event', { description: 'A core/v1 Event, as kubectl get events shows it.' })
export class KubeEvent {
  @Field(() => ObjectMeta) metadata!: ObjectMeta;
  @Field({ description: 'Normal or Warning.' }) type!: string;
  @Field() reason!: string;
  @Field() message!: string;
  @Field(() => Int, { description: 'How many times it happened (1 for a single occurrence).' }) count!: number;
  @Field(() => InvolvedObject) involvedObject!: InvolvedObject;
  @Field(() => EventSource) source!: EventSource;
  @Field(() => String, { nullable: true, description: 'First seen (eventTime for events of the newer API).' })
  firstTimestamp!: string | null;
  @Field(() => String, { nullable: true, description: 'Last seen.' }) lastTimestamp!: string | null;
  @Field(() => JsonScalar) json!: KubeObject;
}

@ObjectType()
export class EventConnection extends Connection(KubeEvent) {}
