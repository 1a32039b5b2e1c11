import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { KubeObject } from '@ksb/store';
import { Connection } from '../common/connection';
import { Condition, ObjectMeta } from '../common/object-meta.type';
import { JsonScalar } from '../scalars/json.scalar';

@ObjectType()
export class DeploymentStrategy {
  @Field({ description: 'RollingUpdate or Recreate.' }) type!: string;
  @Field(() => String, { nullable: true, description: 'A number or a percentage (RollingUpdate only).' })
  maxSurge!: string | null;
  @Field(() => String, { nullable: true, description: 'A number or a percentage (RollingUpdate only).' })
  maxUnavailable!: string | null;
}

/** What Deployments, ReplicaSets and StatefulSets have in common. */
@ObjectType({ isAbstract: true })
abstract class Workload {
  /** For field resolvers (not in the schema). */
  sandboxId!: string;
  @Field(() => ObjectMeta) metadata!: ObjectMeta;
  @Field(() => Int, { description: 'Desired pods (spec.replicas).' }) replicas!: number;
  @Field(() => Int) readyReplicas!: number;
  @Field(() => Int) availableReplicas!: number;
  @Field(() => JsonScalar, { description: 'spec.selector: matchLabels and matchExpressions.' }) selector!: unknown;
  @Field(() => String, {
    nullable: true,
    description: 'The selector as kubectl prints it ("app=web"); null when it selects nothing.',
  })
  selectorString!: string | null;
  @Field(() => [String], { description: "Images of the pod template's containers, as kubectl -o wide shows IMAGES." })
  images!: string[];
  @Field(() => [Condition]) conditions!: Condition[];
  @Field(() => JsonScalar) json!: KubeObject;
}

@ObjectType()
export class Deployment extends Workload {
  @Field(() => Int) updatedReplicas!: number;
  @Field(() => Int) unavailableReplicas!: number;
  @Field(() => DeploymentStrategy) strategy!: DeploymentStrategy;
  @Field(() => String, { nullable: true, description: 'Annotation deployment.kubernetes.io/revision.' })
  revision!: string | null;
  @Field() paused!: boolean;
}

@ObjectType()
export class ReplicaSet extends Workload {
  @Field(() => Int, { description: 'Pods it has now (status.replicas).' }) currentReplicas!: number;
  @Field(() => String, { nullable: true, description: 'Annotation deployment.kubernetes.io/revision.' })
  revision!: string | null;
}

@ObjectType()
export class StatefulSet extends Workload {
  @Field(() => Int) currentReplicas!: number;
  @Field(() => Int) updatedReplicas!: number;
  @Field({ description: 'The headless service that names its pods.' }) serviceName!: string;
  @Field(() => String, { nullable: true }) currentRevision!: string | null;
  @Field(() => String, { nullable: true }) updateRevision!: string | null;
  @Field({ description: 'OrderedReady or Parallel.' }) podManagementPolicy!: string;
  @Field({ description: 'RollingUpdate or OnDelete.' }) updateStrategy!: string;
}

@ObjectType()
export class DeploymentConnection extends Connection(Deployment) {}

@ObjectType()
export class ReplicaSetConnection extends Connection(ReplicaSet) {}

@ObjectType()
export class StatefulSetConnection extends Connection(StatefulSet) {}
