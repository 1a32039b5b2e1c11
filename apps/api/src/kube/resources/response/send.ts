import type { Response } from 'express';

/** Answers JSON with the exact media type given (application/json unless negotiated otherwise). */
export function sendJson(res: Response, status: number, body: unknown, contentType = 'application/json'): void {
  const payload = Buffer.from(JSON.stringify(body));
  res.status(status);
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', String(payload.length));
  res.end(payload);
}
