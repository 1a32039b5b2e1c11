import { Field, ObjectType } from '@nestjs/graphql';
import type { KubeObject } from '@ksb/store';
import { Connection } from '../common/connection';
import { ObjectMeta } from '../common/object-meta.type';
import { JsonScalar } from '../scalars/json.scalar';

@ObjectType()
export class ConfigMap {
  @Field(() => ObjectMeta) metadata!: ObjectMeta;
  @Field(() => JsonScalar, { description: 'The text entries, key to value.' }) data!: Record<string, string>;
  @Field(() => [String], { description: 'Keys of binaryData (the bytes are in json).' }) binaryDataKeys!: string[];
  @Field() immutable!: boolean;
  @Field(() => JsonScalar) json!: KubeObject;
}

@ObjectType()
export class ConfigMapConnection extends Connection(ConfigMap) {}

@ObjectType({ description: 'Values only for tokens that may write the sandbox; others see the keys.' })
export class Secret {
  @Field(() => ObjectMeta) metadata!: ObjectMeta;
  @Field({ description: 'e.g. Opaque, kubernetes.io/tls, kubernetes.io/dockerconfigjson' }) type!: string;
  @Field(() => [String], { description: 'The keys of data, sorted.' }) keys!: string[];
  @Field(() => JsonScalar, {
    nullable: true,
    description: 'Key to decoded (UTF-8) value; null for tokens that may not write the sandbox.',
  })
  data!: Record<string, string> | null;
  @Field() immutable!: boolean;
  @Field(() => JsonScalar, { description: 'The object; without data for tokens that may not write the sandbox.' })
  json!: KubeObject;
}

@ObjectType()
export class SecretConnection extends Connection(Secret) {}
