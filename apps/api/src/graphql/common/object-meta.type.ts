import { Field, Int, ObjectType } from '@nestjs/graphql';
import { at, list, str } from '@ksb/resources';
import type { KubeObject } from '@ksb/store';
import { JsonScalar } from '../scalars/json.scalar';

@ObjectType({ description: 'metadata.ownerReferences[]' })
export class OwnerReference {
  @Field() apiVersion!: string;
  @Field() kind!: string;
  @Field() name!: string;
  @Field() uid!: string;
  @Field() controller!: boolean;
}

@ObjectType({ description: 'The metadata every Kubernetes object has.' })
export class ObjectMeta {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) namespace!: string | null;
  @Field() uid!: string;
  @Field({ description: 'The store revision that last changed the object.' }) resourceVersion!: string;
  @Field(() => Int, { nullable: true }) generation!: number | null;
  @Field(() => String, { nullable: true }) creationTimestamp!: string | null;
  @Field(() => String, { nullable: true }) deletionTimestamp!: string | null;
  @Field(() => JsonScalar, { description: 'Labels as a JSON object.' }) labels!: Record<string, string>;
  @Field(() => JsonScalar, { description: 'Annotations as a JSON object.' }) annotations!: Record<string, string>;
  @Field(() => [OwnerReference]) ownerReferences!: OwnerReference[];
}

@ObjectType({ description: 'A status condition (pods, nodes, deployments, ...).' })
export class Condition {
  @Field() type!: string;
  @Field() status!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => String, { nullable: true }) lastTransitionTime!: string | null;
}

/** A string field, or null when absent (GraphQL shows absent as null, not ""). */
export const optionalText = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function metaOf(object: KubeObject): ObjectMeta {
  const meta = object.metadata;
  return {
    name: meta.name ?? '',
    namespace: meta.namespace ?? null,
    uid: meta.uid ?? '',
    resourceVersion: meta.resourceVersion ?? '',
    generation: typeof meta.generation === 'number' ? meta.generation : null,
    creationTimestamp: meta.creationTimestamp ?? null,
    deletionTimestamp: meta.deletionTimestamp ?? null,
    labels: meta.labels ?? {},
    annotations: meta.annotations ?? {},
    ownerReferences: list(meta.ownerReferences).map((ref) => ({
      apiVersion: str(at(ref, 'apiVersion')),
      kind: str(at(ref, 'kind')),
      name: str(at(ref, 'name')),
      uid: str(at(ref, 'uid')),
      controller: at(ref, 'controller') === true,
    })),
  };
}

export function conditionsOf(status: unknown): Condition[] {
  return list(at(status, 'conditions')).map((condition) => ({
    type: str(at(condition, 'type')),
    status: str(at(condition, 'status')),
    reason: optionalText(at(condition, 'reason')),
    message: optionalText(at(condition, 'message')),
    lastTransitionTime: optionalText(at(condition, 'lastTransitionTime')),
  }));
}
