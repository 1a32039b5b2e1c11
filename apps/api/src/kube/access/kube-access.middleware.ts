import type { NextFunction, RequestHandler, Response } from 'express';
import type { KubeHttpRequest } from '../request/kube-request';
import type { KubeAccessService } from './kube-access.service';

/** Mount path of every sandbox's Kubernetes API. */
export const CLUSTER_PREFIX = '/clusters/:sandboxId';

/**
 * Runs before routing for every path under the prefix, known or not, so an unauthenticated request
 * gets 401 rather than a 404 that would tell which paths exist. Errors go to the Status filter.
 */
export function kubeAccessMiddleware(access: KubeAccessService): RequestHandler {
  return (req, res: Response, next: NextFunction) => {
    const request = req as KubeHttpRequest;
    const sandboxId = typeof request.params.sandboxId === 'string' ? request.params.sandboxId : '';
    // Mounted with app.use: req.path is already relative to /clusters/{sandboxId}.
    const query = new URLSearchParams(request.originalUrl.split('?')[1] ?? '');
    access
      .authorize({
        method: request.method,
        sandboxId,
        path: request.path,
        query,
        authorization: request.headers.authorization,
      })
      .then((context) => {
        request.kube = context;
        next();
      })
      .catch(next);
  };
}
