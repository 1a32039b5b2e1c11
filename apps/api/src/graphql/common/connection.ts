import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** Largest page a list returns at once. */
export const MAX_PAGE = 1000;
export const DEFAULT_PAGE = 100;

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  resourceVersion: string;
}

/** A page of objects: `nodes`, `pageInfo` and the revision the page was read at (to subscribe from). */
export function Connection<T>(node: Type<T>): Type<Page<T>> {
  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements Page<T> {
    @Field(() => [node]) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field({ description: 'The sandbox revision of this read: subscribe from here to miss nothing.' })
    resourceVersion!: string;
  }
  return ConnectionType as Type<Page<T>>;
}

@ArgsType()
export class ListArgs {
  @Field({ nullable: true, description: 'Only this namespace (all namespaces when absent).' })
  @IsOptional()
  @IsString()
  @MaxLength(253)
  namespace?: string;

  @Field({ nullable: true, description: 'A Kubernetes label selector, e.g. "app=web,tier!=db".' })
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  labelSelector?: string;

  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  first?: number;

  @Field({ nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  after?: string;
}
