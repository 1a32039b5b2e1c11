import { NGINX_WELCOME_PAGE } from '../images/nginx/nginx-files';
import type { ServerBehaviour } from '../model/serving';
import { accessLogLine } from './access-log';
import type { HttpRequest, HttpResponse, ServeContext } from './http';
import { respond } from './respond';

const NOW = Date.UTC(2026, 10, 25, 2, 56, 0);

const files: Record<string, string> = {
  '/usr/share/nginx/html/index.html': NGINX_WELCOME_PAGE,
  '/usr/share/nginx/html/app.js': 'x',
};
const dirs = new Set(['/', '/usr/share/nginx/html', '/usr/share/nginx/html/empty']);

const ctx: ServeContext = {
  port: 80,
  podIP: '10.244.1.5',
  hostname: 'web-7d9c8b5b8-abcde',
  now: NOW,
  readFile: (path) => files[path],
  isDirectory: (path) => dirs.has(path),
  listDirectory: () => ['index.html'],
};

const request = (target: string, method = 'GET'): HttpRequest => ({
  method,
  target,
  host: '10.244.1.5',
  headers: { 'user-agent': 'curl/8.13.0' },
  clientIP: '10.244.0.7',
  clientPort: 40000,
});

const nginx: ServerBehaviour = {
  kind: 'static-files',
  software: 'nginx',
  version: '1.27.5',
  root: '/usr/share/nginx/html',
  index: ['index.html', 'index.htm'],
  accessLog: 'nginx',
};

const answer = (server: ServerBehaviour, target: string, method = 'GET'): HttpResponse => {
  const result = respond(server, request(target, method), ctx);
  if (result.kind !== 'response') throw new Error(result.kind);
  return result.response;
};

describe('respond', () => {
  it('nginx serves its welcome page (615 bytes) with nginx headers', () => {
    const response = answer(nginx, '/');
    expect(response.status).toBe(200);
    expect(response.body).toBe(NGINX_WELCOME_PAGE);
    expect(response.headers).toMatchObject({
      Server: 'nginx/1.27.5',
      'Content-Length': '615',
      'Content-Type': 'text/html',
      Date: 'Wed, 25 Nov 2026 02:56:00 GMT',
    });
    expect(answer(nginx, '/app.js').headers['Content-Type']).toBe('application/javascript');
    expect(answer(nginx, '/', 'HEAD').body).toBe('');
  });

  it("nginx's 404, 403, 301 and 405 answers", () => {
    const missing = answer(nginx, '/nope');
    expect(missing.status).toBe(404);
    expect(missing.body).toBe(
      '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.27.5</center>\r\n</body>\r\n</html>\r\n',
    );
    expect(answer(nginx, '/empty/').status).toBe(403);
    expect(answer(nginx, '/empty').headers.Location).toBe('http://10.244.1.5/empty/');
    expect(answer(nginx, '/', 'POST').status).toBe(405);
    expect(answer(nginx, '/../../etc/passwd').status).toBe(404);
  });

  it('http-echo, hello, netexec and serve-hostname answer with their text or the pod', () => {
    expect(answer({ kind: 'text', body: 'hello\n', accessLog: 'http-echo' }, '/any').body).toBe('hello\n');
    const hello = answer({ kind: 'hello', html: false, accessLog: 'nginx' }, '/x?y=1').body;
    expect(hello).toContain(
      'Server address: 10.244.1.5:80\nServer name: web-7d9c8b5b8-abcde\nDate: 25/Nov/2026:02:56:00 +0000\nURI: /x\n',
    );
    const netexec: ServerBehaviour = { kind: 'netexec', accessLog: 'none' };
    expect(answer(netexec, '/hostname').body).toBe('web-7d9c8b5b8-abcde');
    expect(answer(netexec, '/echo?msg=hi%20there').body).toBe('hi there');
    expect(answer(netexec, '/clientip').body).toBe('10.244.0.7:40000');
    expect(answer(netexec, '/nope').status).toBe(404);
    expect(answer({ kind: 'serve-hostname', accessLog: 'none' }, '/').body).toBe('web-7d9c8b5b8-abcde');
  });

  it('a TCP server gives HTTP clients a protocol error', () => {
    expect(respond({ kind: 'tcp', protocolName: 'postgresql' }, request('/'), ctx)).toMatchObject({
      kind: 'protocol-error',
      curlCode: 52,
    });
    expect(respond({ kind: 'tcp', protocolName: 'redis' }, request('/'), ctx)).toMatchObject({
      curlMessage: 'Received HTTP/0.9 when not allowed',
    });
  });

  it('python http.server lists a directory without index and words its 404', () => {
    const python: ServerBehaviour = {
      kind: 'static-files',
      software: 'python',
      version: '3.13.3',
      root: '/',
      index: ['index.html'],
      accessLog: 'python',
    };
    expect(answer(python, '/').body).toContain('Directory listing for /');
    expect(answer(python, '/nope').body).toContain('<p>Message: File not found.</p>');
  });
});

describe('accessLogLine', () => {
  const response = answer(nginx, '/');
  it('prints nginx combined lines on stdout', () => {
    expect(accessLogLine('nginx', request('/'), response, NOW)).toEqual({
      stream: 'stdout',
      line: '10.244.0.7 - - [25/Nov/2026:02:56:00 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/8.13.0" "-"',
    });
  });
  it('prints apache common, python and http-echo lines', () => {
    expect(accessLogLine('apache', request('/'), response, NOW)?.line).toBe(
      '10.244.0.7 - - [25/Nov/2026:02:56:00 +0000] "GET / HTTP/1.1" 200 615',
    );
    expect(accessLogLine('python', request('/'), response, NOW)).toEqual({
      stream: 'stderr',
      line: '10.244.0.7 - - [25/Nov/2026 02:56:00] "GET / HTTP/1.1" 200 -',
    });
    expect(accessLogLine('http-echo', request('/'), response, NOW)?.line).toMatch(
      /^2026\/11\/25 02:56:00 10\.244\.1\.5 10\.244\.0\.7:40000 "GET \/ HTTP\/1\.1" 200 615 "curl\/8\.13\.0"/,
    );
    expect(accessLogLine('none', request('/'), response, NOW)).toBeUndefined();
  });
});
