import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One problem with a field of an object (Kubernetes StatusCause).' })
export class FieldCause {
  @Field(() => String, { nullable: true, description: 'The field path, e.g. spec.replicas' }) field!: string | null;
  @Field() message!: string;
  @Field(() => String, { nullable: true, description: 'e.g. FieldValueInvalid' }) reason!: string | null;
}

@ObjectType()
export class ObjectError {
  @Field({ description: 'BAD_USER_INPUT, CONFLICT, NOT_FOUND, FORBIDDEN, RATE_LIMITED, ...' }) code!: string;
  @Field() message!: string;
  @Field(() => [FieldCause]) causes!: FieldCause[];
}

@ObjectType({ description: 'What became of one object of the manifest.' })
export class AppliedObject {
  @Field(() => Int) index!: number;
  @Field() apiVersion!: string;
  @Field() kind!: string;
  @Field(() => String, { nullable: true }) namespace!: string | null;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'created, configured or unchanged (as kubectl apply says)' })
  action!: string | null;
  @Field(() => ObjectError, { nullable: true }) error!: ObjectError | null;
}

@ObjectType()
export class ApplyManifestResult {
  @Field({ description: 'False when any object was refused: then nothing was applied.' }) applied!: boolean;
  @Field(() => [AppliedObject]) objects!: AppliedObject[];
}
