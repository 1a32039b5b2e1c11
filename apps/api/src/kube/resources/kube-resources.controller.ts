import { All, Controller, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { notFoundStatus } from '../status/kube-status';
import { KubeStatusException } from '../status/kube-status.exception';
import { KubeContext, RawBody } from '../request/kube-request';
import type { KubeRequestContext } from '../request/kube-request-context';
import { discovery } from './handlers/discovery.handler';
import { ObjectsHandler } from './handlers/objects.handler';
import { negotiate } from './request/accept';
import { parseKubePath } from './request/kube-path';
import { sendJson } from './response/send';

/** Everything under /api and /apis of a sandbox: discovery documents and resources. */
@Controller('clusters/:sandboxId')
export class KubeResourcesController {
  constructor(private readonly objects: ObjectsHandler) {}

  @All(['api', 'api/*rest', 'apis', 'apis/*rest'])
  async handle(
    @KubeContext() kube: KubeRequestContext,
    @RawBody() body: Buffer,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const path = parseKubePath(kube.attributes.path);
    if (path.type === 'resource') return this.objects.handle(kube.sandbox.id, path, req, res, body);
    const document =
      req.method === 'GET'
        ? discovery(path, negotiate(req.headers.accept), req.headers.host ?? 'localhost')
        : undefined;
    if (!document) throw new KubeStatusException(notFoundStatus());
    sendJson(res, document.status, document.body, document.contentType);
  }
}
