import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@ksb/errors';
import { kindFor, ObjectsService } from '@ksb/kube-objects';
import { SandboxesService } from '@ksb/sandboxes';
import { SchedulingDecisionsRepository } from '@ksb/scheduler';
import { CurrentPrincipal, type Principal } from '@ksb/tenancy';
import { explainDecision, type SchedulingExplanation } from './explain-decision';
import { SchedulingExplanationDto } from './scheduling.dto';

/** Why a pod landed where it did (or nowhere): the scheduler's per-node verdicts and scores. */
@ApiTags('scheduling')
@ApiBearerAuth()
@Controller('v1/sandboxes/:id/namespaces/:namespace/pods/:pod')
export class SchedulingController {
  constructor(
    private readonly sandboxes: SandboxesService,
    private readonly objects: ObjectsService,
    private readonly decisions: SchedulingDecisionsRepository,
  ) {}

  @Get('scheduling')
  @ApiOperation({
    summary: "The scheduler's latest decision for a pod",
    description:
      'Every node with the filter that rejected it (and why) or its per-plugin scores, best first, and the ' +
      'FailedScheduling message when no node fits.',
  })
  @ApiOkResponse({ type: SchedulingExplanationDto })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('namespace') namespace: string,
    @Param('pod') pod: string,
  ): Promise<SchedulingExplanation> {
    await this.sandboxes.requireVisible(principal, id);
    const object = await this.objects.get({ sandboxId: id, kind: kindFor('pods'), namespace }, pod);
    const decision = await this.decisions.find(id, object.metadata.uid ?? '');
    if (!decision) {
      throw new DomainError('NOT_FOUND', `the scheduler has not decided about pod "${pod}" yet`);
    }
    return explainDecision(decision);
  }
}
