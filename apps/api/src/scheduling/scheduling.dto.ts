import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class PodRefDto {
  @ApiProperty() namespace!: string;
  @ApiProperty() name!: string;
  @ApiProperty() uid!: string;
}

class NodeVerdictDto {
  @ApiProperty({ example: 'node-2' }) node!: string;
  @ApiProperty() feasible!: boolean;
  @ApiPropertyOptional({ example: 'NodeResourcesFit' }) plugin?: string;
  @ApiPropertyOptional({ type: [String], example: ['Insufficient cpu'] }) reasons?: string[];
  @ApiPropertyOptional({ example: { NodeResourcesFit: 87, NodeResourcesBalancedAllocation: 95 } })
  scores?: Record<string, number>;
  @ApiPropertyOptional({ example: 182 }) total?: number;
  @ApiProperty() chosen!: boolean;
}

export class SchedulingExplanationDto {
  @ApiProperty({ type: PodRefDto }) pod!: PodRefDto;
  @ApiProperty({ nullable: true, type: String, example: 'node-2' }) node!: string | null;
  @ApiProperty({ nullable: true, type: String }) message!: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt!: string | null;
  @ApiProperty({ example: 3 }) evaluatedNodes!: number;
  @ApiProperty({ example: 2 }) feasibleNodes!: number;
  @ApiProperty({ type: [NodeVerdictDto], description: 'Best scored feasible nodes (chosen first), then rejected ones' })
  nodes!: NodeVerdictDto[];
}
