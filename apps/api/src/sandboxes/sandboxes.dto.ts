import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsInt,
  IsObject,
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
  PRESETS,
  SANDBOX_NAME_MESSAGE,
  SANDBOX_NAME_PATTERN,
  SANDBOX_PROFILES,
  type SandboxProfile,
  type TaintEffect,
} from '@ksb/sandboxes';

export class TaintDto {
  @ApiProperty({ example: 'dedicated' }) @IsString() @Length(1, 316) key!: string;
  @ApiPropertyOptional({ example: 'gpu' }) @IsOptional() @IsString() @MaxLength(63) value?: string;
  @ApiProperty({ enum: ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] })
  @IsIn(['NoSchedule', 'PreferNoSchedule', 'NoExecute'])
  effect!: TaintEffect;
}

export class NodesDto {
  @ApiProperty({ example: 3 }) @IsInt() @Min(1) @Max(1000) count!: number;
  @ApiProperty({ example: '2', description: 'CPU per node (a Kubernetes quantity)' })
  @IsString()
  @MaxLength(32)
  cpu!: string;
  @ApiProperty({ example: '4Gi', description: 'Memory per node (a Kubernetes quantity)' })
  @IsString()
  @MaxLength(32)
  memory!: string;
  @ApiPropertyOptional({ example: 110 }) @IsOptional() @IsInt() @Min(1) @Max(1000) maxPods?: number;
  @ApiPropertyOptional({ example: { disk: 'ssd' } }) @IsOptional() @IsObject() labels?: Record<string, string>;
  @ApiPropertyOptional({ type: [TaintDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => TaintDto)
  taints?: TaintDto[];
}

export class CreateSandboxDto {
  @ApiProperty({ example: 'lesson-1', description: 'A DNS label: lowercase letters, digits and -, at most 63' })
  @IsString()
  @Length(1, 63)
  @Matches(SANDBOX_NAME_PATTERN, { message: SANDBOX_NAME_MESSAGE })
  name!: string;

  @ApiPropertyOptional({ type: NodesDto }) @IsOptional() @ValidateNested() @Type(() => NodesDto) nodes?: NodesDto;

  @ApiPropertyOptional({
    enum: Object.keys(PRESETS),
    description: 'A named layout instead of nodes (default standard)',
  })
  @IsOptional()
  @IsString()
  preset?: string;

  @ApiPropertyOptional({ enum: SANDBOX_PROFILES, default: 'realistic' })
  @IsOptional()
  @IsIn(SANDBOX_PROFILES)
  profile?: SandboxProfile;

  @ApiPropertyOptional({ example: 3600, description: 'The sandbox expires this many seconds after creation' })
  @IsOptional()
  @IsInt()
  ttlSeconds?: number;

  @ApiPropertyOptional({ description: 'Platform administrator only: the tenant to create in' })
  @IsOptional()
  @IsString()
  tenantId?: string;

  @ApiPropertyOptional({ description: 'Tenant admins: the learner (user id) who owns the sandbox' })
  @IsOptional()
  @IsString()
  ownerId?: string;
}

class NodeSpecDto extends NodesDto {
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['control-plane', 'worker'] }) role!: string;
}

class SandboxStatusDto {
  @ApiProperty({ enum: ['Provisioning', 'Ready', 'Expired'] }) phase!: string;
  @ApiProperty({ nullable: true, type: String }) message!: string | null;
}

export class SandboxDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() tenantId!: string;
  @ApiProperty({ nullable: true, type: String }) ownerId!: string | null;
  @ApiProperty({ enum: SANDBOX_PROFILES }) profile!: string;
  @ApiProperty({ type: [NodeSpecDto] }) nodes!: NodeSpecDto[];
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) expiresAt!: string | null;
  @ApiProperty({ type: SandboxStatusDto }) status!: SandboxStatusDto;
}
