import { type Type } from '@nestjs/common';
import { ArgsType, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { GenericObject } from '../objects/kube-object.type';
import { NodeObject } from '../nodes/node.type';
import { Pod } from '../pods/pod.type';

export enum WatchEventType {
  ADDED = 'ADDED',
  MODIFIED = 'MODIFIED',
  DELETED = 'DELETED',
}
registerEnumType(WatchEventType, { name: 'WatchEventType', description: 'As Kubernetes watches name changes.' });

export interface ObjectEventShape<T> {
  type: WatchEventType;
  revision: string;
  object: T;
}

/** A change of one object: its type, the revision that made it (resume from it) and the object after it. */
export function ObjectEvent<T>(object: Type<T>): Type<ObjectEventShape<T>> {
  @ObjectType({ isAbstract: true })
  abstract class ObjectEventType implements ObjectEventShape<T> {
    @Field(() => WatchEventType) type!: WatchEventType;
    @Field({ description: 'The store revision of this change: pass it as fromRevision to resume after it.' })
    revision!: string;
    @Field(() => object, { description: 'The object after the change (for DELETED: its last state).' })
    object!: T;
  }
  return ObjectEventType as Type<ObjectEventShape<T>>;
}

@ObjectType()
export class PodEvent extends ObjectEvent(Pod) {}

@ObjectType()
export class NodeEvent extends ObjectEvent(NodeObject) {}

@ObjectType({ description: 'A change of any object of the sandbox, Kubernetes Events included.' })
export class SandboxEvent extends ObjectEvent(GenericObject) {
  @Field({ description: 'The resource, as the API names it ("pods", "deployments.apps", "events").' })
  resource!: string;
}

@ArgsType()
export class SubscriptionArgs {
  @Field(() => ID) @IsString() sandboxId!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(253) namespace?: string;
  @Field({ nullable: true, description: 'A Kubernetes label selector.' })
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  labelSelector?: string;
  @Field({ nullable: true, description: 'Resume after this revision (a resourceVersion); from now when absent.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  fromRevision?: string;
}
