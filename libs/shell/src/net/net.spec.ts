import { harness, type Network, sh } from '../testing/harness';
import type { HttpCall, HttpOutcome } from './network';
import { parseUrl } from './network';

const ok = (body: string): HttpOutcome => ({
  kind: 'response',
  status: 200,
  reason: 'OK',
  headers: { Server: 'nginx/1.27.5', 'Content-Length': String(body.length) },
  body,
  address: '10.96.0.20',
});

const network: Network = {
  http: (call: HttpCall) => {
    if (call.host === 'web') return ok('hello\n');
    if (call.host === 'missing')
      return {
        kind: 'response',
        status: 404,
        reason: 'Not Found',
        headers: {},
        body: '404 page\n',
        address: '10.96.0.21',
      };
    if (call.host === 'closed') return { kind: 'refused', address: '10.96.0.22' };
    if (call.host === 'slow') return { kind: 'timeout', address: '10.96.0.23', afterMs: 5000 };
    if (call.host === 'redis')
      return {
        kind: 'protocol-error',
        address: '10.96.0.24',
        curlCode: 1,
        curlMessage: 'Received HTTP/0.9 when not allowed',
        wgetMessage: 'error getting response',
      };
    return { kind: 'unresolved' };
  },
  resolve: (name) =>
    name === 'web' || name === 'web.default.svc.cluster.local'
      ? { kind: 'found', name: 'web.default.svc.cluster.local', addresses: ['10.96.0.20'] }
      : { kind: 'nxdomain' },
};

describe('parseUrl', () => {
  it('defaults scheme and port', () => {
    expect(parseUrl('web')).toEqual({ scheme: 'http', host: 'web', port: 80, target: '/' });
    expect(parseUrl('http://web:8080/a?b=1')).toEqual({ scheme: 'http', host: 'web', port: 8080, target: '/a?b=1' });
    expect(parseUrl('localhost:5678')).toEqual({ scheme: 'http', host: 'localhost', port: 5678, target: '/' });
  });
});

describe('curl', () => {
  it('fetches through the host network and sends curl headers', () => {
    const result = sh('curl -s http://web:8080/path', { network });
    expect(result.stdout).toBe('hello\n');
    expect(result.h.calls[0]).toMatchObject({
      method: 'GET',
      host: 'web',
      port: 8080,
      target: '/path',
      headers: { host: 'web:8080', 'user-agent': 'curl/8.13.0', accept: '*/*' },
    });
  });

  it('shows the progress meter on stderr without -s', () => {
    const result = sh('curl web', { network });
    expect(result.stdout).toBe('hello\n');
    expect(result.stderr).toContain('% Total    % Received');
  });

  it('words its errors and exit codes as curl 8', () => {
    expect(sh('curl -s nowhere', { network })).toMatchObject({ code: 6, stderr: '' });
    expect(sh('curl -sS nowhere', { network }).stderr).toBe('curl: (6) Could not resolve host: nowhere\n');
    expect(sh('curl -sS closed', { network })).toMatchObject({
      code: 7,
      stderr: "curl: (7) Failed to connect to closed port 80 after 0 ms: Couldn't connect to server\n",
    });
    expect(sh('curl -sS -m 5 slow', { network })).toMatchObject({
      code: 28,
      stderr: 'curl: (28) Connection timed out after 5000 milliseconds\n',
    });
    expect(sh('curl -sS redis:6379', { network }).stderr).toBe('curl: (1) Received HTTP/0.9 when not allowed\n');
    expect(sh('curl -sSf missing', { network })).toMatchObject({
      code: 22,
      stderr: 'curl: (22) The requested URL returned error: 404\n',
    });
    expect(sh('curl -s missing', { network })).toMatchObject({ code: 0, stdout: '404 page\n' });
    expect(sh('curl', { network })).toMatchObject({
      code: 2,
      stderr: "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
    });
  });

  it('takes as long as a timeout takes', () => {
    const result = sh('curl -s slow', { network });
    expect(result.effects.map((e) => e.kind)).toEqual(['http', 'sleep']);
  });

  it('-i, -I, -o, -w, -X, -d', () => {
    expect(sh('curl -si web', { network }).stdout).toBe(
      'HTTP/1.1 200 OK\r\nServer: nginx/1.27.5\r\nContent-Length: 6\r\n\r\nhello\n',
    );
    expect(sh('curl -sI web', { network }).stdout).toBe(
      'HTTP/1.1 200 OK\r\nServer: nginx/1.27.5\r\nContent-Length: 6\r\n\r\n',
    );
    expect(sh('curl -s -o /tmp/page web && cat /tmp/page', { network }).stdout).toBe('hello\n');
    expect(sh('curl -s -o /dev/null -w "%{http_code}\\n" missing', { network }).stdout).toBe('404\n');
    const post = sh('curl -s -X PUT -H "X-A: b" -d x=1 web', { network });
    expect(post.h.calls[0]).toMatchObject({
      method: 'PUT',
      body: 'x=1',
      headers: { 'x-a': 'b', 'content-type': 'application/x-www-form-urlencoded' },
    });
  });
});

describe('wget (busybox)', () => {
  it('-qO- prints the body', () => {
    expect(sh('wget -qO- http://web', { network })).toMatchObject({ code: 0, stdout: 'hello\n', stderr: '' });
    expect(sh('wget -q -O - web', { network }).stdout).toBe('hello\n');
  });

  it('saves to a file with progress lines', () => {
    const result = sh('cd /tmp && wget http://web/page.html && cat page.html', { network });
    expect(result.stdout).toBe('hello\n');
    expect(result.stderr).toBe(
      "Connecting to web (10.96.0.20:80)\nsaving to 'page.html'\npage.html            100% |********************************|     6  0:00:00 ETA\n'page.html' saved\n",
    );
  });

  it('words its errors', () => {
    expect(sh('wget -qO- nowhere', { network })).toMatchObject({ code: 1, stderr: "wget: bad address 'nowhere'\n" });
    expect(sh('wget -qO- closed', { network }).stderr).toBe(
      "wget: can't connect to remote host (10.96.0.22): Connection refused\n",
    );
    expect(sh('wget -qO- missing', { network }).stderr).toBe('wget: server returned error: HTTP/1.1 404 Not Found\n');
    expect(sh('wget -qO- -T 5 slow', { network }).stderr).toBe('wget: download timed out\n');
  });
});

describe('nslookup (busybox)', () => {
  it('prints Server/Address then Name/Address', () => {
    const result = sh('nslookup web', { network });
    expect(result.stdout).toBe(
      'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tweb.default.svc.cluster.local\nAddress: 10.96.0.20\n\n',
    );
    expect(result.code).toBe(0);
  });

  it('reads the server from resolv.conf and reports NXDOMAIN', () => {
    const h = harness();
    h.fs.writeFile(
      '/etc/resolv.conf',
      'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n',
    );
    const result = sh('nslookup nope', { h, network });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("** server can't find nope: NXDOMAIN");
  });

  it('uses the legacy layout of busybox 1.28', () => {
    const h = harness({ busyboxVersion: '1.28.4' });
    expect(sh('nslookup web', { h, network }).stdout).toBe(
      'Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\nName:      web\nAddress 1: 10.96.0.20 web.default.svc.cluster.local\n',
    );
    expect(sh('nslookup nope', { h, network }).stderr).toBe("nslookup: can't resolve 'nope'\n");
  });
});
