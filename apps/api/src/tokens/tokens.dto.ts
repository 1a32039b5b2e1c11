import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { TOKEN_ROLES, type TokenRole } from '@ksb/tenancy';

export class CreateTokenDto {
  @ApiProperty() @IsString() @Length(1, 64) tenantId!: string;
  @ApiProperty({ enum: TOKEN_ROLES }) @IsIn(TOKEN_ROLES) role!: TokenRole;
  @ApiPropertyOptional({ description: 'Required for role "sandbox"' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  sandboxId?: string;
  @ApiPropertyOptional({ description: 'Existing user the token acts for; a new user is created when absent' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  userId?: string;
  @ApiPropertyOptional({ description: 'Name of the user created for this token' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  userName?: string;
}

export class TokenDto {
  @ApiProperty() id!: string;
  @ApiProperty() tenantId!: string;
  @ApiProperty({ enum: TOKEN_ROLES }) role!: string;
  @ApiProperty({ nullable: true, type: String }) userId!: string | null;
  @ApiProperty({ nullable: true, type: String }) sandboxId!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) revokedAt!: string | null;
}

export class IssuedTokenDto extends TokenDto {
  @ApiProperty({ description: 'The secret, shown only in this response' }) token!: string;
}
