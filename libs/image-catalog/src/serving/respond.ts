import { createHash } from 'node:crypto';
import type { ServerBehaviour } from '../model/serving';
import { clfTime } from '../time/log-time';
import {
  byteLength,
  httpDate,
  type HttpRequest,
  type HttpResponse,
  REASONS,
  type ServeContext,
  type ServeResult,
  splitTarget,
} from './http';
import { serveStaticFiles } from './static-files';

function text(
  status: number,
  body: string,
  headers: Record<string, string>,
  ctx: ServeContext,
  method: string,
): HttpResponse {
  return {
    status,
    reason: REASONS[status] ?? 'OK',
    headers: {
      Date: httpDate(ctx.now),
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': String(byteLength(body)),
      ...headers,
    },
    body: method === 'HEAD' ? '' : body,
  };
}

/** nginxdemos/hello's page: the serving pod's address and name, date, URI and a request id. */
function hello(html: boolean, request: HttpRequest, ctx: ServeContext): HttpResponse {
  const id = createHash('md5')
    .update(`${ctx.now}/${request.clientIP}:${request.clientPort}/${request.target}`)
    .digest('hex');
  const { path } = splitTarget(request.target);
  const fields: [string, string][] = [
    ['Server address', `${ctx.podIP}:${ctx.port}`],
    ['Server name', ctx.hostname],
    ['Date', clfTime(ctx.now)],
    ['URI', path],
    ['Request ID', id],
  ];
  const body = html
    ? `<!DOCTYPE html>\n<html>\n<head>\n<title>Hello World</title>\n</head>\n<body>\n${fields.map(([k, v]) => `<p><span>${k}:</span> <span>${v}</span></p>`).join('\n')}\n</body>\n</html>\n`
    : `${fields.map(([k, v]) => `${k}: ${v}`).join('\n')}\n`;
  const headers = { Server: 'nginx/1.27.4', Expires: httpDate(ctx.now), 'Cache-Control': 'no-cache' };
  const response = text(200, body, headers, ctx, request.method);
  if (html) response.headers['Content-Type'] = 'text/html';
  return response;
}

/** agnhost netexec: the endpoints the e2e tests and service tutorials call. */
function netexec(request: HttpRequest, ctx: ServeContext): HttpResponse {
  const { path, query } = splitTarget(request.target);
  const ok = (body: string) => text(200, body, {}, ctx, request.method);
  switch (path) {
    case '/':
      return ok(`NOW: ${new Date(ctx.now).toISOString().replace('T', ' ').replace('Z', '000000 +0000 UTC')}`);
    case '/hostname':
      return ok(ctx.hostname);
    case '/echo':
      return ok(query.get('msg') ?? '');
    case '/clientip':
      return ok(`${request.clientIP}:${request.clientPort}`);
    case '/healthz':
      return ok('');
    case '/header':
      return ok(request.headers[(query.get('key') ?? '').toLowerCase()] ?? '');
    default:
      return text(404, '404 page not found\n', { 'X-Content-Type-Options': 'nosniff' }, ctx, request.method);
  }
}

const PROTOCOL_ERRORS = {
  redis: { curlCode: 1, curlMessage: 'Received HTTP/0.9 when not allowed', wgetMessage: 'error getting response' },
  mysql: { curlCode: 1, curlMessage: 'Received HTTP/0.9 when not allowed', wgetMessage: 'error getting response' },
  postgresql: { curlCode: 52, curlMessage: 'Empty reply from server', wgetMessage: 'error getting response' },
} as const;

/** How a listening server answers an HTTP request (pure: the container is read through ctx). */
export function respond(server: ServerBehaviour, request: HttpRequest, ctx: ServeContext): ServeResult {
  switch (server.kind) {
    case 'static-files':
      return { kind: 'response', response: serveStaticFiles(server, request, ctx) };
    case 'text':
      return {
        kind: 'response',
        response: text(200, server.body, { 'X-App-Name': 'http-echo', 'X-App-Version': '1.0.0' }, ctx, request.method),
      };
    case 'hello':
      return { kind: 'response', response: hello(server.html, request, ctx) };
    case 'netexec':
      return { kind: 'response', response: netexec(request, ctx) };
    case 'serve-hostname':
      return { kind: 'response', response: text(200, ctx.hostname, {}, ctx, request.method) };
    case 'tcp':
      return { kind: 'protocol-error', ...PROTOCOL_ERRORS[server.protocolName] };
    default: {
      const _never: never = server;
      throw new Error(`unknown server ${JSON.stringify(_never)}`);
    }
  }
}
