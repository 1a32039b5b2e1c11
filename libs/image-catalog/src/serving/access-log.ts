import type { AccessLogStyle } from '../model/serving';
import { clfTime, slashTime } from '../time/log-time';
import { byteLength, type HttpRequest, type HttpResponse } from './http';

/** One access-log line and the stream the server writes it to. */
export interface AccessLogLine {
  stream: 'stdout' | 'stderr';
  line: string;
}

const dash = (value: string | undefined): string => (value === undefined || value === '' ? '-' : value);

/** The line a server prints for a request it answered, in its own format, or none. */
export function accessLogLine(
  style: AccessLogStyle,
  request: HttpRequest,
  response: HttpResponse,
  now: number,
): AccessLogLine | undefined {
  const requestLine = `${request.method} ${request.target} HTTP/1.1`;
  const bytes = byteLength(response.body);
  const ua = request.headers['user-agent'];
  switch (style) {
    case 'nginx':
      // log_format main: $remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent
      // "$http_referer" "$http_user_agent" "$http_x_forwarded_for"
      return {
        stream: 'stdout',
        line: `${request.clientIP} - - [${clfTime(now)}] "${requestLine}" ${response.status} ${bytes} "${dash(request.headers.referer)}" "${dash(ua)}" "${dash(request.headers['x-forwarded-for'])}"`,
      };
    case 'apache':
      return {
        stream: 'stdout',
        line: `${request.clientIP} - - [${clfTime(now)}] "${requestLine}" ${response.status} ${bytes === 0 ? '-' : bytes}`,
      };
    case 'python': {
      const t = clfTime(now)
        .replace(' +0000', '')
        .replace(/:(\d\d:\d\d:\d\d)$/, ' $1');
      return { stream: 'stderr', line: `${request.clientIP} - - [${t}] "${requestLine}" ${response.status} -` };
    }
    case 'http-echo':
      return {
        stream: 'stderr',
        line: `${slashTime(now)} ${request.host} ${request.clientIP}:${request.clientPort} "${requestLine}" ${response.status} ${bytes} "${dash(ua)}" 24.11µs`,
      };
    case 'none':
      return undefined;
    default: {
      const _never: never = style;
      throw new Error(`unknown access log style ${String(_never)}`);
    }
  }
}
