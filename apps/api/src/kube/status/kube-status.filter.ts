import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { statusOfException } from './status-of-exception';
import { writeJson } from './write-json';

/** Every error on the Kubernetes endpoint leaves as a Status object. */
@Catch()
export class KubeStatusFilter implements ExceptionFilter {
  private readonly logger = new Logger('KubeStatusFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const { status, headers, internal } = statusOfException(exception);
    if (internal) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    writeJson(host.switchToHttp().getResponse<Response>(), status.code, status, headers);
  }
}
