/** An HTTP request as curl or wget sends it; the host routes it (DNS, service, pod, port). */
export interface HttpCall {
  method: string;
  url: string;
  /** Host as written in the URL (a name or an IP). */
  host: string;
  port: number;
  /** Path and query. */
  target: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body?: string;
  /** curl -m / wget -T. */
  timeoutMs?: number;
  client: 'curl' | 'wget';
}

/** What became of an HTTP request, as the host's network decides. */
export type HttpOutcome =
  | {
      kind: 'response';
      status: number;
      reason: string;
      headers: Record<string, string>;
      body: string;
      /** The address connected to (for curl -v and wget's "Connecting to"). */
      address: string;
    }
  | { kind: 'unresolved' }
  | { kind: 'refused'; address: string }
  | { kind: 'unreachable'; address: string }
  | { kind: 'timeout'; address?: string; afterMs: number }
  | { kind: 'protocol-error'; address: string; curlCode: number; curlMessage: string; wgetMessage: string };

/** A DNS answer: the fully qualified name found through the search path, and its addresses. */
export type ResolveOutcome = { kind: 'found'; name: string; addresses: readonly string[] } | { kind: 'nxdomain' };

/** Parses http://host[:port]/path; curl's default scheme is http. */
export function parseUrl(raw: string): { scheme: string; host: string; port: number; target: string } | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`;
  const match = /^([a-z][a-z0-9+.-]*):\/\/(\[[^\]]+\]|[^/:?#]*)(?::(\d+))?([^#]*)/i.exec(withScheme);
  if (!match || match[2] === '') return undefined;
  const scheme = match[1].toLowerCase();
  const port = match[3] ? Number(match[3]) : scheme === 'https' ? 443 : 80;
  const rest = match[4] || '/';
  return { scheme, host: match[2], port, target: rest.startsWith('/') ? rest : `/${rest}` };
}
