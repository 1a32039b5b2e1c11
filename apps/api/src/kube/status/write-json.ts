import type { Response } from 'express';

/**
 * Answers JSON with exactly `application/json` (kubectl has no decoder for other types; express's
 * res.json would add a charset). After a stream has begun (a watch) the connection is ended instead.
 */
export function writeJson(
  res: Response,
  code: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const payload = Buffer.from(JSON.stringify(body));
  res.status(code);
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Content-Length', String(payload.length));
  res.end(payload);
}
