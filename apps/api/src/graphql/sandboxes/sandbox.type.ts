import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  SANDBOX_NAME_MESSAGE,
  SANDBOX_NAME_PATTERN,
  SANDBOX_PROFILES,
  type SandboxProfile,
  type SandboxView,
} from '@ksb/sandboxes';

@ObjectType({ description: 'A simulated Kubernetes cluster of one learner.' })
export class Sandbox {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() tenantId!: string;
  @Field(() => String, { nullable: true }) ownerId!: string | null;
  @Field({ description: 'Timing profile: realistic, or fast (every duration / 100).' }) profile!: string;
  @Field({ description: 'Provisioning, Ready, Expired, ...' }) phase!: string;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field() createdAt!: string;
  @Field(() => String, { nullable: true }) expiresAt!: string | null;
}

export const toSandbox = (view: SandboxView): Sandbox => ({
  id: view.id,
  name: view.name,
  tenantId: view.tenantId,
  ownerId: view.ownerId,
  profile: view.profile,
  phase: view.status.phase,
  message: view.status.message,
  createdAt: view.createdAt,
  expiresAt: view.expiresAt,
});

@InputType({ description: 'Uniform worker nodes of a new sandbox.' })
export class NodesInput {
  @Field(() => Int) @IsInt() @Min(1) @Max(1000) count!: number;
  @Field({ defaultValue: '2' }) @IsString() @MaxLength(32) cpu!: string;
  @Field({ defaultValue: '4Gi' }) @IsString() @MaxLength(32) memory!: string;
}

@InputType()
export class CreateSandboxInput {
  @Field({ description: 'A DNS label' })
  @IsString()
  @Length(1, 63)
  @Matches(SANDBOX_NAME_PATTERN, { message: SANDBOX_NAME_MESSAGE })
  name!: string;

  @Field(() => NodesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NodesInput)
  nodes?: NodesInput;
  @Field({ nullable: true, description: 'A named layout instead of nodes' }) @IsOptional() @IsString() preset?: string;
  @Field(() => String, { nullable: true, description: 'realistic (default) or fast' })
  @IsOptional()
  @IsIn(SANDBOX_PROFILES)
  profile?: SandboxProfile;

  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) ttlSeconds?: number;
  @Field({ nullable: true, description: 'Platform administrator only' }) @IsOptional() @IsString() tenantId?: string;
  @Field({ nullable: true, description: 'Tenant admins: the learner who owns it' })
  @IsOptional()
  @IsString()
  ownerId?: string;
}
