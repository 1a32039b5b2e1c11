import { ApiProperty } from '@nestjs/swagger';

export class NodeAgentDto {
  @ApiProperty({ example: 'node-2' }) node!: string;
  @ApiProperty({ enum: ['Running', 'Stopped'] }) agent!: 'Running' | 'Stopped';
  @ApiProperty({ nullable: true, type: String, example: '2026-11-25T10:00:00.000Z' }) stoppedAt!: string | null;
}

export class KilledPodDto {
  @ApiProperty({ example: 'default' }) namespace!: string;
  @ApiProperty({ example: 'web-7d4b9c8f5-x2k9p' }) name!: string;
  @ApiProperty() uid!: string;
  @ApiProperty() killed!: boolean;
}
