import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { KubeObject } from '@ksb/store';
import { Connection } from '../common/connection';
import { Condition, ObjectMeta } from '../common/object-meta.type';
import { JsonScalar } from '../scalars/json.scalar';

@ObjectType()
export class ContainerPort {
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => Int) containerPort!: number;
  @Field() protocol!: string;
}

@ObjectType({ description: "A container of the pod: its spec and the kubelet's report." })
export class Container {
  @Field() name!: string;
  @Field() image!: string;
  @Field({ description: 'Whether it is an init container.' }) init!: boolean;
  @Field(() => [ContainerPort]) ports!: ContainerPort[];
  @Field() ready!: boolean;
  @Field(() => Int) restartCount!: number;
  @Field({ description: 'waiting, running or terminated (waiting before the kubelet reports).' }) state!: string;
  @Field(() => String, { nullable: true, description: 'e.g. ContainerCreating, CrashLoopBackOff, Completed' })
  reason!: string | null;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => Int, { nullable: true }) exitCode!: number | null;
  @Field(() => String, { nullable: true }) startedAt!: string | null;
  @Field(() => String, { nullable: true }) finishedAt!: string | null;
}

@ObjectType()
export class Pod {
  /** For field resolvers (not in the schema). */
  sandboxId!: string;
  @Field(() => ObjectMeta) metadata!: ObjectMeta;
  @Field({ description: 'Pending, Running, Succeeded, Failed or Unknown.' }) phase!: string;
  @Field({ description: 'What kubectl get pods shows in STATUS (e.g. Running, ContainerCreating, Terminating).' })
  status!: string;
  @Field({ description: 'Ready containers of all, as kubectl shows READY ("1/1").' }) ready!: string;
  @Field(() => Int, { description: 'Restarts of all containers.' }) restarts!: number;
  @Field(() => String, { nullable: true }) podIP!: string | null;
  @Field(() => String, { nullable: true }) hostIP!: string | null;
  @Field(() => String, { nullable: true }) nodeName!: string | null;
  @Field(() => String, { nullable: true }) startTime!: string | null;
  @Field(() => [Container]) containers!: Container[];
  @Field(() => [Condition]) conditions!: Condition[];
  @Field(() => JsonScalar, { description: 'The pod as the Kubernetes API returns it.' }) json!: KubeObject;
}

@ObjectType()
export class PodConnection extends Connection(Pod) {}
