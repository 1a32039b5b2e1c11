/** A listening socket of a running program, and how it answers. */
export interface ServedPort {
  port: number;
  protocol: 'TCP' | 'UDP';
  server: ServerBehaviour;
}

/** Access-log styles, printed on the server's stdout per request. */
export type AccessLogStyle = 'nginx' | 'apache' | 'python' | 'http-echo' | 'none';

/**
 * How a server answers, as data:
 * - static-files: serves a directory of the container's filesystem (nginx, httpd);
 * - text: one body for every path (hashicorp/http-echo -text);
 * - hello: nginxdemos/hello's plain-text page naming the server's address and name (the pod);
 * - netexec: agnhost netexec's endpoints (/hostname, /echo, /clientip, /healthz);
 * - serve-hostname: agnhost serve-hostname, answering every request with the pod's name;
 * - tcp: a non-HTTP protocol (redis, postgres, mysql): TCP probes succeed, HTTP gets a protocol error.
 */
export type ServerBehaviour =
  | {
      kind: 'static-files';
      software: 'nginx' | 'apache' | 'python';
      version: string;
      root: string;
      index: readonly string[];
      accessLog: AccessLogStyle;
    }
  | { kind: 'text'; body: string; accessLog: AccessLogStyle }
  | { kind: 'hello'; html: boolean; accessLog: AccessLogStyle }
  | { kind: 'netexec'; accessLog: AccessLogStyle }
  | { kind: 'serve-hostname'; accessLog: AccessLogStyle }
  | { kind: 'tcp'; protocolName: 'redis' | 'postgresql' | 'mysql' };
