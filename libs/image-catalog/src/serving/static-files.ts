import { HTTPD_NOT_FOUND } from '../images/httpd';
import { nginxErrorPage } from '../images/nginx/nginx-files';
import type { ServerBehaviour } from '../model/serving';
import {
  byteLength,
  contentType,
  httpDate,
  type HttpRequest,
  type HttpResponse,
  REASONS,
  type ServeContext,
  splitTarget,
} from './http';

type StaticFiles = Extract<ServerBehaviour, { kind: 'static-files' }>;

/** Collapses . and .. so a request cannot leave the document root. */
function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

const PYTHON_ERROR = (status: number, message: string, explain: string) => `<!DOCTYPE HTML>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <title>Error response</title>
    </head>
    <body>
        <h1>Error response</h1>
        <p>Error code: ${status}</p>
        <p>Message: ${message}.</p>
        <p>Error code explanation: ${status} - ${explain}.</p>
    </body>
</html>
`;

function serverHeader(server: StaticFiles): string {
  switch (server.software) {
    case 'nginx':
      return `nginx/${server.version}`;
    case 'apache':
      return `Apache/${server.version} (Unix)`;
    case 'python':
      return `SimpleHTTP/0.6 Python/${server.version}`;
    default: {
      const _never: never = server.software;
      return String(_never);
    }
  }
}

function errorBody(server: StaticFiles, status: number): string {
  const reason = REASONS[status] ?? 'Error';
  if (server.software === 'nginx') return nginxErrorPage(status, reason, server.version);
  if (server.software === 'python') {
    return status === 404
      ? PYTHON_ERROR(404, 'File not found', 'Nothing matches the given URI')
      : PYTHON_ERROR(status, reason, reason);
  }
  if (status === 404) return HTTPD_NOT_FOUND;
  return `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>${status} ${reason}</title>\n</head><body>\n<h1>${reason}</h1>\n<p>You don't have permission to access this resource.</p>\n</body></html>\n`;
}

function reply(
  server: StaticFiles,
  request: HttpRequest,
  ctx: ServeContext,
  status: number,
  body: string,
  type: string,
  extra: Record<string, string> = {},
): HttpResponse {
  const length = byteLength(body);
  return {
    status,
    reason: REASONS[status] ?? 'Unknown',
    headers: {
      Server: serverHeader(server),
      Date: httpDate(ctx.now),
      'Content-Type': type,
      'Content-Length': String(length),
      ...extra,
    },
    body: request.method === 'HEAD' ? '' : body,
  };
}

function listing(path: string, entries: readonly string[]): string {
  const items = entries.map((name) => `<li><a href="${name}">${name}</a></li>`).join('\n');
  return `<!DOCTYPE HTML>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Directory listing for ${path}</title>\n</head>\n<body>\n<h1>Directory listing for ${path}</h1>\n<hr>\n<ul>\n${items}\n</ul>\n<hr>\n</body>\n</html>\n`;
}

/** nginx/httpd/python http.server serving a directory of the container's filesystem. */
export function serveStaticFiles(server: StaticFiles, request: HttpRequest, ctx: ServeContext): HttpResponse {
  const error = (status: number) => reply(server, request, ctx, status, errorBody(server, status), 'text/html');
  if (request.method !== 'GET' && request.method !== 'HEAD') return error(server.software === 'python' ? 501 : 405);
  const { path: rawPath } = splitTarget(request.target);
  const path = normalize(rawPath);
  const root = server.root === '/' ? '' : server.root.replace(/\/$/, '');
  const fsPath = `${root}${path === '/' ? '' : path}` || '/';
  if (ctx.isDirectory(fsPath)) {
    if (!rawPath.endsWith('/')) {
      const location = `http://${request.host}${path}/`;
      return reply(
        server,
        request,
        ctx,
        301,
        server.software === 'nginx' ? nginxErrorPage(301, 'Moved Permanently', server.version) : '',
        'text/html',
        { Location: location },
      );
    }
    for (const index of server.index) {
      const content = ctx.readFile(`${fsPath === '/' ? '' : fsPath}/${index}`);
      if (content !== undefined) return reply(server, request, ctx, 200, content, contentType(index));
    }
    if (server.software === 'python')
      return reply(server, request, ctx, 200, listing(path, ctx.listDirectory(fsPath)), 'text/html; charset=utf-8');
    return error(403);
  }
  const content = ctx.readFile(fsPath);
  if (content === undefined) return error(404);
  return reply(server, request, ctx, 200, content, contentType(fsPath));
}
