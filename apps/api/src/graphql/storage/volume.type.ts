import { Field, ObjectType } from '@nestjs/graphql';
import type { KubeObject } from '@ksb/store';
import { Connection } from '../common/connection';
import { ObjectMeta } from '../common/object-meta.type';
import { JsonScalar } from '../scalars/json.scalar';

@ObjectType()
export class PersistentVolumeClaim {
  /** For field resolvers (not in the schema). */
  sandboxId!: string;
  @Field(() => ObjectMeta) metadata!: ObjectMeta;
  @Field({ description: 'Pending, Bound or Lost.' }) phase!: string;
  @Field(() => String, { nullable: true, description: 'The PersistentVolume it is bound to.' })
  volumeName!: string | null;
  @Field(() => String, { nullable: true }) storageClassName!: string | null;
  @Field(() => String, { nullable: true, description: 'What the bound volume provides (status), e.g. "10Gi".' })
  capacity!: string | null;
  @Field(() => String, { nullable: true, description: 'What the claim asks for (spec.resources.requests).' })
  requested!: string | null;
  @Field(() => [String], { description: "The bound volume's modes, or the requested ones while unbound." })
  accessModes!: string[];
  @Field(() => String, { nullable: true, description: 'Filesystem or Block.' }) volumeMode!: string | null;
  @Field(() => JsonScalar) json!: KubeObject;
}

@ObjectType({ description: 'Cluster-scoped storage a claim binds to.' })
export class PersistentVolume {
  @Field(() => ObjectMeta) metadata!: ObjectMeta;
  @Field({ description: 'Pending, Available, Bound, Released or Failed.' }) phase!: string;
  @Field(() => String, { nullable: true }) capacity!: string | null;
  @Field(() => [String]) accessModes!: string[];
  @Field(() => String, { nullable: true, description: 'The claim bound to it, as "namespace/name".' })
  claim!: string | null;
  @Field({ description: 'Retain, Delete or Recycle.' }) reclaimPolicy!: string;
  @Field(() => String, { nullable: true }) storageClassName!: string | null;
  @Field(() => String, { nullable: true, description: 'Filesystem or Block.' }) volumeMode!: string | null;
  @Field(() => JsonScalar) json!: KubeObject;
}

@ObjectType()
export class PersistentVolumeClaimConnection extends Connection(PersistentVolumeClaim) {}

@ObjectType()
export class PersistentVolumeConnection extends Connection(PersistentVolume) {}
