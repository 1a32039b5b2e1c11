import { Field, ObjectType } from '@nestjs/graphql';
import type { KubeObject } from '@ksb/store';
import { metaOf, ObjectMeta } from '../common/object-meta.type';
import { Connection } from '../common/connection';
import { JsonScalar } from '../scalars/json.scalar';

@ObjectType('KubeObject', { description: 'Any Kubernetes object: its kind, metadata and the whole object as JSON.' })
export class GenericObject {
  @Field() apiVersion!: string;
  @Field() kind!: string;
  @Field(() => ObjectMeta) metadata!: ObjectMeta;
  @Field(() => JsonScalar, { description: 'The object as the Kubernetes API returns it.' }) json!: KubeObject;
}

@ObjectType()
export class KubeObjectConnection extends Connection(GenericObject) {}

export const toGenericObject = (object: KubeObject): GenericObject => ({
  apiVersion: object.apiVersion ?? '',
  kind: object.kind ?? '',
  metadata: metaOf(object),
  json: object,
});
