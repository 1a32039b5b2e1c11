import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { NodeAgentView } from '@ksb/kubelet';
import { CurrentPrincipal, type Principal } from '@ksb/tenancy';
import { KilledPodDto, NodeAgentDto } from './faults.dto';
import { FaultsService, type KilledPod } from './faults.service';

/** Faults a lesson about self-healing needs: nodes that stop, pods that die. */
@ApiTags('faults')
@ApiBearerAuth()
@Controller('v1/sandboxes/:id')
export class FaultsController {
  constructor(private readonly faults: FaultsService) {}

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
    return this.faults.stopNode(principal, id, node);
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
    return this.faults.restoreNode(principal, id, node);
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
  ): Promise<KilledPod> {
    return this.faults.killPod(principal, id, namespace, pod);
  }
}
