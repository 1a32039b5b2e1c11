import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@ksb/errors';
import { kindFor, ObjectsService } from '@ksb/kube-objects';
import { NodeAgentsService, type NodeAgentView } from '@ksb/kubelet';
import { SandboxesService } from '@ksb/sandboxes';
import { CurrentPrincipal, type Principal } from '@ksb/tenancy';
import { KilledPodDto, NodeAgentDto } from './faults.dto';

/** Faults a lesson about self-healing needs: nodes that stop, pods that die. */
@ApiTags('faults')
@ApiBearerAuth()
@Controller('v1/sandboxes/:id')
export class FaultsController {
  constructor(
    private readonly sandboxes: SandboxesService,
    private readonly agents: NodeAgentsService,
    private readonly objects: ObjectsService,
  ) {}

  @Post('nodes/:node/stop')
  @HttpCode(200)
  @ApiOperation({
    summary: "Stop a node's kubelet",
    description:
      'Heartbeats stop: after the node monitor grace period the node is NotReady and tainted unreachable, and its ' +
      'pods are evicted once their tolerations run out; controllers recreate them elsewhere.',
  })
  @ApiOkResponse({ type: NodeAgentDto })
  async stop(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('node') node: string,
  ): Promise<NodeAgentView> {
    await this.sandboxes.requireManageable(principal, id);
    return this.agents.stop(id, node);
  }

  @Post('nodes/:node/restore')
  @HttpCode(200)
  @ApiOperation({ summary: "Restart a stopped node's kubelet: heartbeats resume, the node turns Ready" })
  @ApiOkResponse({ type: NodeAgentDto })
  async restore(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('node') node: string,
  ): Promise<NodeAgentView> {
    await this.sandboxes.requireManageable(principal, id);
    return this.agents.restore(id, node);
  }

  @Post('namespaces/:namespace/pods/:pod/kill')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Kill a pod as if it crashed',
    description: 'The pod disappears at once (no grace period); its controller, if any, replaces it.',
  })
  @ApiOkResponse({ type: KilledPodDto })
  async kill(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('namespace') namespace: string,
    @Param('pod') pod: string,
  ): Promise<KilledPodDto> {
    await this.sandboxes.requireManageable(principal, id);
    const scope = { sandboxId: id, kind: kindFor('pods'), namespace };
    const result = await this.objects.delete(scope, pod, { gracePeriodSeconds: 0 }).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') {
        throw new DomainError('NOT_FOUND', `pod "${pod}" not found in namespace "${namespace}"`);
      }
      throw error;
    });
    return { namespace, name: pod, uid: result.object.metadata.uid ?? '', killed: true };
  }
}
