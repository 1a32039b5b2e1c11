/** net.JoinHostPort: IPv6 hosts are bracketed. */
export const joinHostPort = (host: string, port: string | number): string =>
  host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
