/** A simulated HTTP request as it reaches a container port. */
export interface HttpRequest {
  method: string;
  /** Path and query: "/index.html?x=1". */
  target: string;
  /** The Host header. */
  host: string;
  /** Lower-case header names. */
  headers: Readonly<Record<string, string>>;
  body?: string;
  clientIP: string;
  clientPort: number;
}

export interface HttpResponse {
  status: number;
  reason: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * What a client gets: a response, or a protocol error when the port speaks something else (redis,
 * postgres), worded as curl and busybox wget report it.
 */
export type ServeResult =
  | { kind: 'response'; response: HttpResponse }
  | { kind: 'protocol-error'; curlCode: number; curlMessage: string; wgetMessage: string };

/** What a server can see of its container when answering. */
export interface ServeContext {
  port: number;
  podIP: string;
  hostname: string;
  /** Simulated epoch milliseconds. */
  now: number;
  readFile: (path: string) => string | undefined;
  isDirectory: (path: string) => boolean;
  /** Entry names of a directory (python's listing); empty when unknown. */
  listDirectory: (path: string) => readonly string[];
}

export const REASONS: Readonly<Record<number, string>> = {
  200: 'OK',
  301: 'Moved Permanently',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Not Allowed',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Time-out',
};

/** An HTTP date: "Wed, 25 Nov 2026 02:56:00 GMT". */
export const httpDate = (ms: number): string => new Date(ms).toUTCString();

const TYPES: Readonly<Record<string, string>> = {
  html: 'text/html',
  htm: 'text/html',
  css: 'text/css',
  js: 'application/javascript',
  json: 'application/json',
  txt: 'text/plain',
  xml: 'text/xml',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  ico: 'image/x-icon',
};

/** Content type from the file extension, as nginx's mime.types maps it. */
export function contentType(path: string): string {
  const dot = path.lastIndexOf('.');
  const ext = dot > path.lastIndexOf('/') ? path.slice(dot + 1).toLowerCase() : '';
  return TYPES[ext] ?? 'application/octet-stream';
}

/** Splits a request target into a decoded path and its query parameters. */
export function splitTarget(target: string): { path: string; query: URLSearchParams } {
  const q = target.indexOf('?');
  const rawPath = q === -1 ? target : target.slice(0, q);
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    path = rawPath;
  }
  return {
    path: path.startsWith('/') ? path : `/${path}`,
    query: new URLSearchParams(q === -1 ? '' : target.slice(q + 1)),
  };
}

/** Byte length of a body as Content-Length counts it. */
export const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');
