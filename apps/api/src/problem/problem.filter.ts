import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '@ksb/errors';
import { Problem, PROBLEM_CONTENT_TYPE, problem, statusOf } from './problem';

/** Body-parser failures reach Nest as plain errors carrying a status and a type. */
interface ParserError {
  status?: number;
  type?: string;
  message?: string;
}

/** Every error on the platform API leaves as application/problem+json with a code. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    // GraphQL resolvers: handed back to GraphQL, whose formatError gives the code (graphql/errors).
    if (host.getType() !== 'http') return exception;
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toProblem(exception);
    if (exception instanceof DomainError && exception.details.retryAfterSeconds !== undefined) {
      response.setHeader('Retry-After', String(exception.details.retryAfterSeconds));
    }
    response.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
    return undefined;
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof DomainError) {
      return problem(statusOf(exception.code), exception.code, exception.message, exception.details.causes);
    }
    const parser = exception as ParserError;
    if (parser?.type === 'entity.too.large')
      return problem(413, 'PAYLOAD_TOO_LARGE', 'request body exceeds the 3 MiB limit');
    if (parser?.type === 'entity.parse.failed')
      return problem(400, 'BAD_REQUEST', `malformed JSON: ${parser.message ?? ''}`.trim());
    if (parser?.type === 'encoding.unsupported' || parser?.type === 'charset.unsupported') {
      return problem(415, 'BAD_REQUEST', parser.message ?? 'unsupported encoding');
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 404) return problem(404, 'ROUTE_NOT_FOUND', exception.message);
      if (status === 405) return problem(405, 'METHOD_NOT_ALLOWED', exception.message);
      if (status < 500) return problem(status, 'BAD_REQUEST', exception.message);
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return problem(500, 'INTERNAL', 'internal error');
  }
}
