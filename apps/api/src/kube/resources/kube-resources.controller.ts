import { All, Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { notFoundStatus } from '../status/kube-status';
import { KubeStatusException } from '../status/kube-status.exception';
import { KubeContext, RawBody } from '../request/kube-request';
import type { KubeRequestContext } from '../request/kube-request-context';
import { discovery } from './handlers/discovery.handler';
import { ObjectsHandler } from './handlers/objects.handler';
import { openApiDocumentJson, openApiIndexBody } from './handlers/openapi.handler';
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

  /** OpenAPI v3, which kubectl reads for validation (create, apply, replace, edit) and explain. */
  @Get(['openapi/v3', 'openapi/v3/*rest'])
  openApi(@KubeContext() kube: KubeRequestContext, @Res() res: Response): void {
    const path = kube.attributes.path.replace(/^\/openapi\/v3\/?/, '');
    if (path === '') return sendJson(res, 200, openApiIndexBody());
    const document = openApiDocumentJson(path);
    if (!document) throw new KubeStatusException(notFoundStatus());
    // Documents are addressed by their hash: a new hash is a new URL, so this one never changes.
    res.status(200);
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Cache-Control', 'public, immutable');
    res.setHeader('ETag', `"${document.hash}"`);
    res.end(document.json);
  }
}
