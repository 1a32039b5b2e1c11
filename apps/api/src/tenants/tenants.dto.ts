import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';

export class TenantQuotasDto {
  @ApiPropertyOptional({ example: 100 }) @IsOptional() @IsInt() @Min(0) @Max(100_000) sandboxes?: number;
  @ApiPropertyOptional({ example: 10 }) @IsOptional() @IsInt() @Min(1) @Max(1000) nodesPerSandbox?: number;
  @ApiPropertyOptional({ example: 5000 }) @IsOptional() @IsInt() @Min(10) @Max(1_000_000) objectsPerSandbox?: number;
}

export class CreateTenantDto {
  @ApiProperty({ example: 'acme-academy' }) @IsString() @Length(1, 100) name!: string;

  @ApiPropertyOptional({ type: TenantQuotasDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => TenantQuotasDto)
  quotas?: TenantQuotasDto;
}

export class TenantDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: TenantQuotasDto }) quotas!: Required<TenantQuotasDto>;
  @ApiProperty() createdAt!: string;
}
