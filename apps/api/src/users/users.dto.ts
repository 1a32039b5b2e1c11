import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';

export const USER_ROLES = ['tenant-admin', 'instructor', 'learner'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export class CreateUserDto {
  @ApiProperty() @IsString() @Length(1, 64) tenantId!: string;
  @ApiProperty({ example: 'alice' }) @IsString() @Length(1, 100) name!: string;
  @ApiProperty({ enum: USER_ROLES }) @IsIn(USER_ROLES) role!: UserRole;
}

export class UserDto {
  @ApiProperty() id!: string;
  @ApiProperty() tenantId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: USER_ROLES }) role!: string;
  @ApiProperty() createdAt!: string;
}
